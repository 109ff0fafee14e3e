import { describe, expect, it } from "vitest";
import { daysBetween, todayInBrussels } from "./days";

describe("daysBetween", () => {
  it("counts the days of 5-8902: asked 30 April 2013, reminded 18 December, answered 17 February 2014", () => {
    expect(daysBetween("2013-04-30", "2013-12-18")).toBe(232);
    expect(daysBetween("2013-12-18", "2014-02-17")).toBe(61);
    expect(daysBetween("2013-04-30", "2014-02-17")).toBe(293);
  });

  it("is not fooled by daylight-saving changes or leap days", () => {
    expect(daysBetween("2013-03-30", "2013-04-01")).toBe(2); // Belgium moved to summer time on 31 March 2013
    expect(daysBetween("2013-10-26", "2013-10-28")).toBe(2);
    expect(daysBetween("2012-02-28", "2012-03-01")).toBe(2);
  });

  it("is zero for the same day and negative backwards", () => {
    expect(daysBetween("2014-02-17", "2014-02-17")).toBe(0);
    expect(daysBetween("2014-02-17", "2014-02-16")).toBe(-1);
  });

  it("refuses what is not an ISO date", () => {
    expect(() => daysBetween("17/2/2014", "2014-02-17")).toThrow(RangeError);
  });
});

describe("todayInBrussels", () => {
  it("gives the calendar date in Brussels, which may differ from UTC's", () => {
    expect(todayInBrussels(new Date("2014-02-16T23:30:00Z"))).toBe("2014-02-17"); // 00:30 in Brussels
    expect(todayInBrussels(new Date("2014-07-01T21:59:00Z"))).toBe("2014-07-01"); // 23:59 summer time
    expect(todayInBrussels(new Date("2014-07-01T22:00:00Z"))).toBe("2014-07-02");
  });
});
