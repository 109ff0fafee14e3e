import { describe, expect, it } from "vitest";
import { timelineSteps } from "./timeline";

describe("timelineSteps", () => {
  it("gives the days between consecutive events of 5-8902", () => {
    expect(
      timelineSteps([
        { date: "2013-04-30", kind: "sent" },
        { date: "2013-12-18", kind: "reminder" },
        { date: "2014-02-17", kind: "answer" },
      ]),
    ).toEqual([
      { date: "2013-04-30", kind: "sent", daysSincePrevious: null },
      { date: "2013-12-18", kind: "reminder", daysSincePrevious: 232 },
      { date: "2014-02-17", kind: "answer", daysSincePrevious: 61 },
    ]);
  });

  it("handles a lone event and an empty timeline", () => {
    expect(timelineSteps([{ date: "2013-04-30", kind: "sent" }])).toEqual([{ date: "2013-04-30", kind: "sent", daysSincePrevious: null }]);
    expect(timelineSteps([])).toEqual([]);
  });
});
