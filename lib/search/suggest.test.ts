import { describe, expect, it } from "vitest";
import { closestWords, suggestQueries } from "./suggest";

const rows = [
  { token: "prisn", word: "pris", similarity: 0.57 },
  { token: "prisn", word: "prison", similarity: 0.44 },
  { token: "prisn", word: "prisons", similarity: 0.4 },
  { token: "prisn", word: "paris", similarity: 0.3 },
  { token: "talman", word: "taelman", similarity: 0.5 },
];

describe("suggestions", () => {
  it("orders candidates by edits, then similarity, and drops the far ones", () => {
    expect(closestWords("prisn", rows)).toEqual(["pris", "prison", "prisons", "paris"]);
    expect(closestWords("talman", rows)).toEqual(["taelman"]);
  });

  it("replaces the unknown words in the typed query, exclusions kept", () => {
    expect(suggestQueries("Talman", ["talman"], rows)).toEqual(["taelman"]);
    expect(suggestQueries("prisn -Talman", ["prisn", "talman"], rows)).toEqual(["pris -taelman", "prison -taelman", "prisons -taelman"]);
  });

  it("offers nothing without candidates", () => {
    expect(suggestQueries("xyzzy", ["xyzzy"], [])).toEqual([]);
  });
});
