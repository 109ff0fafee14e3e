import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchParams } from "../parse-params";
import type { TextPlan } from "../plan";
import { facetRows, monthsCut, yearsCut } from "./facet-rows";

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

describe("yearsCut", () => {
  it("names the years a date filter starts or ends inside", () => {
    expect(yearsCut("2015-06-15", null)).toEqual([2015]);
    expect(yearsCut("2015-01-02", "2016-12-30")).toEqual([2015, 2016]);
    expect(yearsCut("2016-02-01", "2015-03-01")).toEqual([2015, 2016]);
    expect(yearsCut("2015-03-01", "2015-03-31")).toEqual([2015]);
  });

  it("leaves out a year the filter takes whole: from its 1 January, to its 31 December", () => {
    expect(yearsCut(null, null)).toEqual([]);
    expect(yearsCut("2015-01-01", "2016-12-31")).toEqual([]);
    expect(yearsCut("2015-01-01", "2016-06-30")).toEqual([2016]);
  });
});

describe("facetRows", () => {
  const table = Prisma.sql`question_facet`;
  const rowsFor = (query: string, plan: TextPlan | null = null) => facetRows(parseSearchParams(new URLSearchParams(query)).params, plan, table).from.sql;

  it("reads the counts by year for a search without words or author whose dates are none or whole years", () => {
    for (const query of ["", "minister=Justice", "party=MR&status=answered", "legislature=5&session=2012-2013",
      "from=2015-01-01&to=2015-12-31", "from=2012-01-01", "to=2013-12-31&minister=Justice"]) {
      expect(rowsFor(query), query).toContain("FROM question_facet_year_count");
      expect(rowsFor(query), query).not.toContain("FROM question_facet_count");
    }
  });

  it("reads the counts by month for the years a date filter starts or ends inside, by year for the others", () => {
    for (const query of ["from=2015-02-01", "to=2015-06-30", "from=2015-01-01&to=2015-12-30", "minister=Justice&from=2015-03-02&to=2015-04-01"]) {
      expect(rowsFor(query), query).toContain("FROM question_facet_count");
      expect(rowsFor(query), query).toContain("FROM question_facet_year_count");
    }
  });

  it("counts the questions themselves for a search with words or an author", () => {
    expect(rowsFor("author=Destrebecq")).toBe("question_facet");
    expect(rowsFor("q=justice", { groups: [], excluded: [], hasCompounds: false })).toBe("question_facet");
  });
});
