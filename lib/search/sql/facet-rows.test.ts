import { describe, expect, it } from "vitest";
import { monthsCut } from "./facet-rows";

describe("monthsCut", () => {
  it("names the months a date filter starts or ends inside", () => {
    expect(monthsCut("2015-06-15", null)).toEqual(["2015-06-01"]);
    expect(monthsCut(null, "2015-06-15")).toEqual(["2015-06-01"]);
    expect(monthsCut("2015-03-02", "2015-06-15")).toEqual(["2015-03-01", "2015-06-01"]);
    expect(monthsCut("2015-06-02", "2015-06-20")).toEqual(["2015-06-01"]);
  });

  it("leaves out a month the filter takes whole: from its first day, to its last", () => {
    expect(monthsCut(null, null)).toEqual([]);
    expect(monthsCut("2015-01-01", "2015-12-31")).toEqual([]);
    expect(monthsCut("2012-02-01", "2012-02-29")).toEqual([]);
    expect(monthsCut(null, "2013-02-28")).toEqual([]);
    expect(monthsCut(null, "2012-02-28")).toEqual(["2012-02-01"]);
    expect(monthsCut(null, "2015-04-30")).toEqual([]);
  });
});
