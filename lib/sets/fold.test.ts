import { describe, expect, it } from "vitest";
import { foldSiblingHits } from "./fold";

const hit = (id: string, alsoAskedTo: string[] = []) => ({ record: { id, alsoAskedTo } });
const set = (id: string) => hit(id, ["5-8900", "5-8901", "5-8902", "5-8903"].filter((other) => other !== id));

describe("folding sibling sets on a page of hits", () => {
  it("folds the members of one set under the best-ranked one, at its place", () => {
    const groups = foldSiblingHits([hit("4-1"), set("5-8902"), hit("4-2"), set("5-8900"), set("5-8903")]);
    expect(groups.map((group) => [group.lead.record.id, group.folded.map((folded) => folded.record.id)])).toEqual([
      ["4-1", []],
      ["5-8902", ["5-8900", "5-8903"]],
      ["4-2", []],
    ]);
  });

  it("keeps two sets apart, and a page without sets as it is", () => {
    const other = (id: string) => hit(id, ["6-10", "6-11"].filter((sibling) => sibling !== id));
    expect(foldSiblingHits([set("5-8901"), other("6-11"), other("6-10")]).map((group) => group.folded.length)).toEqual([0, 1]);
    expect(foldSiblingHits([hit("1-1"), hit("1-2")]).map((group) => group.lead.record.id)).toEqual(["1-1", "1-2"]);
  });
});
