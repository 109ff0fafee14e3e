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

  it("drops a rule form that the dictionary gives to another word, unless it is a regular inflection of the token", () => {
    const zonen = row({ word: "zonen", how: "rule", lemmas: ["zone"] });
    expect(selectForms("zon", [row({ word: "zon", how: "self" }), zonen], noStop).nl.exact).toEqual(["zon"]);
    // OpenTaal gives "zonen" to zone only; "zoon" -> zonen is the regular plural all the same.
    expect(selectForms("zoon", [row({ word: "zoon", how: "self", lemmas: [] }), zonen], noStop).nl.exact).toEqual(["zoon", "zonen"]);
    // And back: the singular "zoon" is a word of its own for the dictionary, "zon" is not zonen's.
    const fromPlural = selectForms("zonen", [
      row({ word: "zonen", how: "self", lemmas: ["zone"] }), row({ word: "zoon", how: "rule" }), row({ word: "zon", how: "rule" }),
    ], noStop);
    expect(fromPlural.nl.exact).toEqual(["zonen", "zoon"]);
  });

  it("drops a rule form that the dictionary has as a word of its own unless it is regular; keeps one the dictionary lacks", () => {
    const forms = selectForms("wet", [
      row({ word: "wet", how: "self" }),
      row({ word: "wetten", how: "rule" }),
      row({ word: "weten", how: "rule" }),
      row({ word: "wets", how: "rule", in_dictionary: false }),
    ], noStop);
    expect(forms.nl.exact).toEqual(["wet", "wetten", "wets"]);
  });

  it("takes no form by the narrower rules in a language the token is no word of", () => {
    const forms = selectForms("zon", [
      row({ word: "zon", how: "self" }),
      row({ word: "zones", how: "rule", language: "fr", lemmas: ["zone"], in_other_dictionary: true }),
    ], noStop);
    expect([forms.nl.exact, forms.fr.exact]).toEqual([["zon"], []]);
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
