import { describe, expect, it } from "vitest";
import { frenchForms, isFrenchInflection } from "./french";

// Issue 8's public French pairs, folded, plus feminine participles, the feminines -che and -sse
// and the plurals no rule makes.
const PAIRS = [
  ["general", "generaux"], ["local", "locaux"], ["principal", "principaux"], ["bail", "baux"], ["feu", "feux"],
  ["elu", "elus"], ["detenue", "detenues"], ["conseil", "conseils"], ["travail", "travaux"], ["bateau", "bateaux"],
  ["elu", "elue"], ["detenu", "detenues"], ["directeur", "directrice"], ["actif", "actives"],
  ["franc", "franche"], ["blanc", "blanches"], ["expres", "expresse"], ["gros", "grosses"],
  ["oeil", "yeux"], ["ciel", "cieux"], ["monsieur", "messieurs"], ["madame", "mesdames"],
  ["favori", "favorite"], ["laic", "laiques"], ["dissous", "dissoute"],
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

describe("isFrenchInflection", () => {
  it.each(PAIRS)("%s and %s are one word, either way round", (one, other) => {
    expect(isFrenchInflection(one, other)).toBe(true);
    expect(isFrenchInflection(other, one)).toBe(true);
  });

  it("does not take -c/-que as a regular pattern, only the adjectives that take it: banc is no banque", () => {
    expect(frenchForms("banc")).toContain("banque");
    expect(isFrenchInflection("public", "publique")).toBe(true);
    expect(isFrenchInflection("banc", "banque")).toBe(false);
    expect(isFrenchInflection("banque", "banc")).toBe(false);
  });
});
