import { describe, expect, it } from "vitest";
import type { Expansion, LanguageForms, TokenForms } from "./expand";
import { planText } from "./plan";
import { parseQueryText } from "./terms";

const none: LanguageForms = { exact: [], compounds: [], isStop: false, isHeldAsOther: false };
const french = (exact: string[], extra: Partial<LanguageForms> = {}): TokenForms => ({ isInArchive: true, fr: { ...none, exact, ...extra }, nl: none });
const frenchStop: TokenForms = { isInArchive: true, fr: { ...none, isStop: true }, nl: { ...none, isStop: true } };

const planOf = (text: string, expansion: Expansion) => planText(parseQueryText(text), expansion);

describe("planText", () => {
  it("puts a phrase's words as far apart as the vectors do: stop words and a hyphenated word's whole hold places", () => {
    const expansion: Expansion = new Map([
      ["region", french(["region", "regions"])],
      ["de", frenchStop],
      ["bruxelles", french(["bruxelles"])],
      ["capitale", french(["capitale", "capitales"])],
    ]);
    expect(planOf('"Région de Bruxelles-Capitale"', expansion).groups[0]?.[0]?.fr)
      .toBe("('region' | 'regions') <3> 'bruxelles' <1> ('capitale' | 'capitales')");
  });

  it("takes a word the other language's dictionary claims as typed inside a phrase of this language, never alone", () => {
    const expansion: Expansion = new Map([
      ["aujourd", french(["aujourd"])],
      ["hui", { isInArchive: false, fr: { ...none, isHeldAsOther: true }, nl: { ...none, exact: ["hui"] } }],
    ]);
    expect(planOf("aujourd'hui", expansion).groups[0]?.[0]?.fr).toBe("'aujourd' <1> 'hui'");
    expect(planOf("hui", expansion).groups[0]?.[0]).toEqual({ fr: null, nl: "'hui'", nlExact: "'hui'", isPhrase: false });
  });

  it("marks a term of several words in a row as a phrase, and a single word or a phrase of one word and stop words as not", () => {
    const expansion: Expansion = new Map([
      ["sante", french(["sante"])],
      ["publique", french(["publique", "publiques"])],
      ["de", frenchStop],
      ["la", frenchStop],
    ]);
    expect(planOf('"santé publique"', expansion).groups[0]?.[0]?.isPhrase).toBe(true);
    expect(planOf("santé publique", expansion).groups.map((group) => group[0]?.isPhrase)).toEqual([false, false]);
    expect(planOf('"de la santé"', expansion).groups[0]?.[0]?.isPhrase).toBe(false);
  });
});
