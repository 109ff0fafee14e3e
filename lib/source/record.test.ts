import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse";
import { questionRecordSchema } from "./record";

const valid = parseDocument(readFileSync(new URL("../../tests/fixtures/source/4-1234_french_no-answer.txt", import.meta.url)), "x.txt");

function issuesOf(record: unknown): string[] {
  const result = questionRecordSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("questionRecordSchema", () => {
  it("accepts a parsed record", () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it("requires id to be legislature-number", () => {
    expect(issuesOf({ ...valid, id: "4-1235" })).toEqual(["id: id must be legislature-number"]);
  });

  it("rejects impossible dates and non-consecutive sessions", () => {
    expect(issuesOf({ ...valid, askedOn: "2013-02-31" })).toHaveLength(1);
    expect(issuesOf({ ...valid, session: "2008-2010" })).toEqual(["session: session years must be consecutive"]);
  });

  it("rejects a cross-reference to itself and duplicates", () => {
    expect(issuesOf({ ...valid, alsoAskedTo: ["4-1234"] })).toEqual(["alsoAskedTo: a question is not also asked to itself"]);
    expect(issuesOf({ ...valid, alsoAskedTo: ["4-1", "4-1"] })).toEqual(["alsoAskedTo: duplicate ids"]);
  });

  it("requires an answer exactly when the timeline has one", () => {
    expect(issuesOf({ ...valid, events: [...valid.events, { date: "2009-04-01", kind: "answer" }] })).toEqual([
      "answer: answer text and timeline answer event must go together",
    ]);
  });

  it("rejects unknown keys", () => {
    expect(issuesOf({ ...valid, extra: 1 })).toHaveLength(1);
  });
});
