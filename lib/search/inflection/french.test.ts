import { describe, expect, it } from "vitest";
import { frenchForms } from "./french";

// Issue 8's public French pairs, folded, plus feminine participles.
const PAIRS = [
  ["general", "generaux"], ["local", "locaux"], ["principal", "principaux"], ["bail", "baux"], ["feu", "feux"],
  ["elu", "elus"], ["detenue", "detenues"], ["conseil", "conseils"], ["travail", "travaux"], ["bateau", "bateaux"],
  ["elu", "elue"], ["detenu", "detenues"], ["directeur", "directrice"], ["actif", "actives"],
];

describe("frenchForms", () => {
  it.each(PAIRS)("joins %s and %s both ways", (one, other) => {
    expect(frenchForms(one)).toContain(other);
    expect(frenchForms(other)).toContain(one);
  });

  it("leaves out itself and words with digits", () => {
    expect(frenchForms("prison")).not.toContain("prison");
    expect(frenchForms("e40")).toEqual([]);
  });
});
