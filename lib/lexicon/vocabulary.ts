/**
 * The vocabulary rows the loader adds for the words of a batch of records (search_word): each
 * distinct folded word of each language's texts, with what the dictionaries say about it
 * (lexicon.ts) and, for Dutch, its compound parts. Author names and portfolio titles go into both
 * languages, as they do into both search vectors.
 */
import type { QuestionRecord } from "@/lib/source/record";
import { dutchForms, isDutchInflection } from "@/lib/search/inflection/dutch";
import type { Language, LanguageLexicon, Lexicon } from "./lexicon";
import { detachedCopy, foldedWordsOf } from "./words";

export type VocabularyRow = {
  word: string;
  language: Language;
  lemmas: string[];
  inDictionary: boolean;
  inOtherDictionary: boolean;
  compoundHead: string | null;
  compoundModifier: string | null;
};

/** The texts of a record in one language; author names and portfolio titles go into both. */
function recordTexts(record: QuestionRecord, language: Language): string[] {
  return [
    record.subject[language],
    ...record.descriptors.map((descriptor) => descriptor[language]),
    ...record.question[language],
    ...(record.answer?.[language] ?? []),
    record.author.name,
    record.addressee.fr,
    record.addressee.nl,
  ];
}

// Shorter parts are mostly abbreviations or syllables the dictionary happens to flag.
const MIN_PART = 3;

export type DutchCompound = {
  /** The first part as written, linking sound included ("verkeers"), and its dictionary entry ("verkeer"). */
  first: string;
  modifier: string;
  /** The last part as written ("leden") and the entries it may be a form of (leed, lid: "leden" is both). */
  last: string;
  heads: string[];
};

/**
 * Splits a Dutch compound into a first and a last part as OpenTaal's compounding flags allow
 * them (a first part may carry the linking sound the dictionary gives it: "verkeers",
 * "personeels"), the last part as long as possible ("snelheidscontrole" -> snelheids + controle).
 * Null for a word that is not such a compound: "horizon" is not hori + zon, "minister" not
 * mini + ster ("ster" ends no compound in OpenTaal), "studenten" not stud + enten.
 */
export function splitDutchCompound(word: string, dutch: LanguageLexicon): DutchCompound | null {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const last = word.slice(cut);
    if (!dutch.compoundLast.has(last)) continue;
    const first = word.slice(0, cut);
    const modifier = dutch.compoundFirst.get(first);
    if (modifier === undefined) continue;
    return { first, modifier, last, heads: headsOf(last, dutch) };
  }
  return null;
}

/**
 * The entries a compound's last part may be a form of: its dictionary lemmas, and the singulars
 * the regular and irregular plural patterns give it that the dictionary has ("lieden" -> man,
 * "schepen" -> schip); the part itself when it is an entry with none of these.
 */
function headsOf(last: string, dutch: LanguageLexicon): string[] {
  const heads = [...(dutch.lemmas.get(last) ?? [])];
  for (const form of dutchForms(last)) {
    if (form.length < last.length && dutch.known.has(form) && !heads.includes(form) && isDutchInflection(form, last)) heads.push(form);
  }
  return heads.length > 0 ? heads : [last];
}

export function describeWord(word: string, language: Language, lexicon: Lexicon): VocabularyRow {
  const own = lexicon[language];
  const other = lexicon[language === "fr" ? "nl" : "fr"];
  const compound = language === "nl" && word.length >= 2 * MIN_PART ? splitDutchCompound(word, own) : null;
  const lemmas = [...(own.lemmas.get(word) ?? [])];
  let head = compound?.heads[0] ?? null;
  if (compound) {
    const stem = word.slice(0, compound.first.length);
    // The compound's own entries: the dictionary's when it lists the compound ("kleinzonen" ->
    // kleinzoon), else the first part followed by each of the last part's entries, those the
    // dictionary knows as words first ("kamerleden" -> kamerlid, not kamerleed).
    const made = compound.heads.filter((candidate) => candidate !== compound.last).map((candidate) => stem + candidate);
    const knownMade = made.filter((candidate) => own.known.has(candidate));
    if (lemmas.length === 0) lemmas.push(...(knownMade.length > 0 ? knownMade : made));
    // The head that agrees with the compound's entry: "kleinzonen" is built on zoon, not on zone.
    const agreeing = compound.heads.find((candidate) => lemmas.includes(stem + candidate) || (lemmas.length === 0 && candidate === compound.last));
    if (agreeing) head = agreeing;
  }
  return {
    word,
    language,
    lemmas,
    inDictionary: own.known.has(word) || compound !== null,
    inOtherDictionary: other.known.has(word),
    compoundHead: head,
    compoundModifier: compound?.modifier ?? null,
  };
}

export type WordKey = { word: string; language: Language };

/** Per language, the words (as written in lower case, and folded) a loader run has met. */
export type SeenWords = Record<Language, Set<string>>;

export function noWordsSeen(): SeenWords {
  return { fr: new Set(), nl: new Set() };
}

/**
 * The words of a batch of records not seen before by this loader run, marking them seen. Words
 * are first compared as written (lower case), and only a word not met before is folded: most
 * words of a document were met in earlier ones. (A word as written and a folded word share one
 * set: either way, its folded form has been sent.)
 */
export function unseenWords(records: readonly QuestionRecord[], seen: SeenWords): WordKey[] {
  const words: WordKey[] = [];
  for (const record of records) {
    for (const language of ["fr", "nl"] as const) {
      const met = seen[language];
      for (const text of recordTexts(record, language)) {
        // Latin letters, accented ones included: much faster than /\p{L}+/u over whole texts.
        for (const written of text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? []) {
          if (met.has(written)) continue;
          // The set lives for the whole run: it keeps a copy, not a slice of the document's text
          // (the folded words below are cut from this short word, not from the text).
          met.add(detachedCopy(written));
          for (const word of foldedWordsOf(written)) {
            if (word !== written && met.has(word)) continue;
            met.add(word);
            words.push({ word, language });
          }
        }
      }
    }
  }
  return words;
}
