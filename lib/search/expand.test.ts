import { describe, expect, it } from "vitest";
import { selectForms } from "./expand";
import type { VocabularyMatch } from "./sql/vocabulary";

const row = (partial: Partial<VocabularyMatch> & Pick<VocabularyMatch, "word" | "how">): VocabularyMatch => ({
  token: "", language: "nl", lemmas: [], in_dictionary: true, in_other_dictionary: false, ...partial,
});
const noStop = { fr: false, nl: false };

describe("selectForms", () => {
  it("keeps the token, its rule forms and its lemma's forms; compounds apart, shortest first", () => {
    const forms = selectForms("controle", [
      row({ word: "controle", how: "self" }),
      row({ word: "controles", how: "rule", lemmas: ["controle"] }),
      row({ word: "snelheidscontrole", how: "compound" }),
      row({ word: "trajectcontroles", how: "compound", lemmas: ["trajectcontrole"] }),
    ], noStop);
    expect(forms.nl).toEqual({ exact: ["controle", "controles"], compounds: ["trajectcontroles", "snelheidscontrole"], isStop: false, isHeldAsOther: false });
    expect(forms.fr.exact).toEqual([]);
    expect(forms.isInArchive).toBe(true);
  });

  it("drops a rule form that the dictionary gives to another word", () => {
    const forms = selectForms("zon", [row({ word: "zon", how: "self" }), row({ word: "zonen", how: "rule", lemmas: ["zone"] })], noStop);
    expect(forms.nl.exact).toEqual(["zon"]);
  });

  it("leaves a word out of the language whose dictionary lacks it when the other's has it", () => {
    const forms = selectForms("politie", [
      row({ word: "politie", how: "self" }),
      row({ word: "politie", how: "self", language: "fr", in_dictionary: false, in_other_dictionary: true }),
    ], noStop);
    expect(forms.nl.exact).toEqual(["politie"]);
    expect(forms.fr.exact).toEqual([]);
    expect([forms.fr.isHeldAsOther, forms.nl.isHeldAsOther]).toEqual([true, false]);
  });

  it("searches a word the archive lacks as typed, where its rows point, else in both languages", () => {
    const pointed = selectForms("politie", [row({ word: "politie", how: "self", language: "fr", in_dictionary: false, in_other_dictionary: true })], noStop);
    expect([pointed.fr.exact, pointed.nl.exact, pointed.isInArchive]).toEqual([[], ["politie"], false]);
    const unknown = selectForms("xyzzy", [], noStop);
    expect([unknown.fr.exact, unknown.nl.exact]).toEqual([["xyzzy"], ["xyzzy"]]);
  });
});
