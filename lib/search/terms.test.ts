import { describe, expect, it } from "vitest";
import { parseQueryText, placedTokensOf, queryTokens, tokensOf } from "./terms";

describe("parseQueryText", () => {
  it("reads words, phrases, OR and exclusions as websearch_to_tsquery does", () => {
    expect(parseQueryText('prison "femmes détenues" OR gevangenis -Taelman')).toEqual({
      groups: [[{ tokens: ["prison"], places: [0] }], [{ tokens: ["femmes", "detenues"], places: [0, 1] }, { tokens: ["gevangenis"], places: [0] }]],
      excluded: [{ tokens: ["taelman"], places: [0] }],
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

  it("places the words as PostgreSQL's parser does: a hyphenated word holds a place of its own before its parts", () => {
    expect(placedTokensOf("droits de l'homme")).toEqual({ tokens: ["droits", "de", "l", "homme"], places: [0, 1, 2, 3] });
    expect(placedTokensOf("Région de Bruxelles-Capitale")).toEqual({ tokens: ["region", "de", "bruxelles", "capitale"], places: [0, 1, 3, 4] });
    expect(placedTokensOf("l'État-providence belge")).toEqual({ tokens: ["etat", "providence", "belge"], places: [0, 1, 2] });
    expect(placedTokensOf("het EU-voorzitterschap van België")).toEqual({ tokens: ["het", "eu", "voorzitterschap", "van", "belgie"], places: [0, 2, 3, 4, 5] });
    expect(placedTokensOf("a-b-c d")).toEqual({ tokens: ["a", "b", "c", "d"], places: [0, 1, 2, 3] });
    // A hyphen before a part of digits alone is a sign to the parser, not a compound.
    expect(placedTokensOf("mesures covid-19")).toEqual({ tokens: ["mesures", "covid", "-19"], places: [0, 1, 2] });
    expect(placedTokensOf("budget 2013-2014")).toEqual({ tokens: ["budget", "2013", "-2014"], places: [0, 1, 2] });
    expect(placedTokensOf("de COVID-19-pandemie")).toEqual({ tokens: ["de", "covid", "-19", "pandemie"], places: [0, 1, 2, 3] });
    expect(placedTokensOf("la Bruxelles-Capitale-19")).toEqual({ tokens: ["la", "bruxelles", "capitale", "-19"], places: [0, 2, 3, 4] });
    // A part with a letter keeps the word whole, digits or not.
    expect(placedTokensOf("l' art-3bis")).toEqual({ tokens: ["l", "art", "3bis"], places: [0, 2, 3] });
  });

  it("ignores a leading OR, a lone dash and punctuation, and never fails", () => {
    expect(parseQueryText("OR prison")).toEqual({ groups: [[{ tokens: ["prison"], places: [0] }]], excluded: [] });
    expect(parseQueryText("- ! ?")).toEqual({ groups: [], excluded: [] });
    expect(parseQueryText('"unclosed phrase')).toEqual({ groups: [[{ tokens: ["unclosed", "phrase"], places: [0, 1] }]], excluded: [] });
  });

  it("lists each token once", () => {
    expect(queryTokens(parseQueryText("prison OR prison -prison"))).toEqual(["prison"]);
  });
});
