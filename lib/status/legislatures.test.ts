import { describe, expect, it } from "vitest";
import { findLegislature, legislaturesSchema, SENATE_LEGISLATURES, type Legislature } from "./legislatures";

function issuesOf(legislatures: unknown): string[] {
  const result = legislaturesSchema.safeParse(legislatures);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

const source = { citation: "A source of at least ten characters" };

describe("the Senate's legislatures", () => {
  it("run from 1 (1995) to the current one, each with its first sitting and end", () => {
    expect(SENATE_LEGISLATURES.map((legislature) => [legislature.number, legislature.firstSitting.on, legislature.end.kind === "dissolved" ? legislature.end.on : legislature.end.kind])).toEqual([
      [1, "1995-06-08", "dissolved, date not established"],
      [2, "1999-07-01", "2003-04-10"],
      [3, "2003-06-05", "2007-05-02"],
      [4, "2007-06-28", "2010-05-07"],
      [5, "2010-07-06", "2014-04-28"],
      [6, "2014-07-03", "2019-05-23"],
      [7, "2019-07-04", "2024-05-27"],
      [8, "2024-07-18", "running"],
    ]);
  });

  it("give every date a source", () => {
    for (const legislature of SENATE_LEGISLATURES) {
      expect(legislature.firstSitting.sources.length, `legislature ${legislature.number}`).toBeGreaterThan(0);
      if (legislature.end.kind === "dissolved") expect(legislature.end.sources.length).toBeGreaterThan(0);
      for (const { url } of [...legislature.firstSitting.sources, ...(legislature.end.kind === "dissolved" ? legislature.end.sources : [])]) {
        if (url !== undefined) expect(url).toMatch(/^https?:\/\//);
      }
    }
  });

  it("are found by the number in a question's id", () => {
    expect(findLegislature(4)?.firstSitting.on).toBe("2007-06-28");
    expect(findLegislature(5)?.end).toMatchObject({ kind: "dissolved", on: "2014-04-28" });
    expect(findLegislature(91)).toBeUndefined();
  });
});

describe("legislaturesSchema refuses inconsistent periods", () => {
  const valid: Legislature[] = [
    { number: 1, firstSitting: { on: "2007-06-28", sources: [source] }, end: { kind: "dissolved", on: "2010-05-07", sources: [source] } },
    { number: 2, firstSitting: { on: "2010-07-06", sources: [source] }, end: { kind: "running" } },
  ];

  it("accepts consecutive periods", () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it("numbers out of order, a running legislature before the last, overlapping or reversed periods", () => {
    expect(issuesOf([{ ...valid[0], number: 2 }, { ...valid[1], number: 1 }])).toContain("0.number: legislatures are numbered 1, 2, 3… in order");
    expect(issuesOf([{ ...valid[0], end: { kind: "running" } }, valid[1]])).toContain("0.end: only the last legislature can be running");
    expect(issuesOf([valid[0], { ...valid[1], firstSitting: { on: "2010-05-01", sources: [source] } }])).toContain(
      "1.firstSitting: the next legislature sits before this one is dissolved",
    );
    expect(issuesOf([{ ...valid[0], end: { kind: "dissolved", on: "2007-01-01", sources: [source] } }, valid[1]])).toContain("0.end: dissolved before its first sitting");
  });

  it("a date without a source, or a malformed date", () => {
    expect(issuesOf([{ ...valid[0], end: { kind: "dissolved", on: "2010-05-07", sources: [] } }, valid[1]])).toHaveLength(1);
    expect(issuesOf([{ ...valid[0], firstSitting: { on: "2007-02-30", sources: [source] } }, valid[1]])).toHaveLength(1);
  });
});
