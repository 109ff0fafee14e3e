import { describe, expect, it } from "vitest";
import { parseQueryText, queryTokens, tokensOf } from "./terms";

describe("parseQueryText", () => {
  it("reads words, phrases, OR and exclusions as websearch_to_tsquery does", () => {
    expect(parseQueryText('prison "femmes détenues" OR gevangenis -Taelman')).toEqual({
      groups: [[{ tokens: ["prison"] }], [{ tokens: ["femmes", "detenues"] }, { tokens: ["gevangenis"] }]],
      excluded: [{ tokens: ["taelman"] }],
    });
  });

  it("folds case and accents, keeps an apostrophe-s on its word, drops a leading elided article and keeps an inner one in its place", () => {
    expect(tokensOf("Camera's")).toEqual(["cameras"]);
    expect(tokensOf("l'école")).toEqual(["ecole"]);
    expect(tokensOf("L’Europe")).toEqual(["europe"]);
    expect(tokensOf("droits de l'homme")).toEqual(["droits", "de", "l", "homme"]);
    expect(tokensOf("ministre de l’Intérieur")).toEqual(["ministre", "de", "l", "interieur"]);
    expect(tokensOf("Généraux")).toEqual(["generaux"]);
    expect(tokensOf("e-mail")).toEqual(["e", "mail"]);
  });

  it("ignores a leading OR, a lone dash and punctuation, and never fails", () => {
    expect(parseQueryText("OR prison")).toEqual({ groups: [[{ tokens: ["prison"] }]], excluded: [] });
    expect(parseQueryText("- ! ?")).toEqual({ groups: [], excluded: [] });
    expect(parseQueryText('"unclosed phrase')).toEqual({ groups: [[{ tokens: ["unclosed", "phrase"] }]], excluded: [] });
  });

  it("lists each token once", () => {
    expect(queryTokens(parseQueryText("prison OR prison -prison"))).toEqual(["prison"]);
  });
});
