import { describe, expect, it } from "vitest";
import { questionStatus } from "./status";

const events = [
  { date: "2013-04-30", kind: "sent" },
  { date: "2013-12-18", kind: "reminder" },
  { date: "2014-02-17", kind: "answer" },
] as const;

describe("questionStatus", () => {
  it("5-8902 was answered after 293 days, with one reminder", () => {
    expect(questionStatus({ askedOn: "2013-04-30", answeredOn: "2014-02-17", events: [...events] }, "2026-01-01")).toEqual({
      kind: "answered",
      answeredOn: "2014-02-17",
      days: 293,
      reminders: 1,
    });
  });

  it("counts an unanswered question's wait up to today", () => {
    const status = questionStatus({ askedOn: "2013-04-30", answeredOn: null, events: [events[0], events[1]] }, "2013-05-10");
    expect(status).toEqual({ kind: "awaiting", days: 10, reminders: 1 });
  });

  it("never shows a negative wait when today lags behind the data", () => {
    expect(questionStatus({ askedOn: "2013-04-30", answeredOn: null, events: [events[0]] }, "2013-04-29")).toEqual({
      kind: "awaiting",
      days: 0,
      reminders: 0,
    });
  });
});
