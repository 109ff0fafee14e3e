/**
 * The vocabulary rows the loader adds for the words of a batch of records (search_word): each
 * distinct folded word of each language's texts, with what the dictionaries say about it
 * (lexicon.ts) and, for Dutch, its compound parts. Author names and portfolio titles go into both
 * languages, as they do into both search vectors.
 */
import type { QuestionRecord } from "@/lib/source/record";
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

// Linking sounds between the parts of a Dutch compound: verkeer-s-veiligheid, zonn-e-panelen, boek-en-kast.
const LINKS = ["", "s", "e", "en", "n"];
// Parts shorter than this are mostly abbreviations or syllables the dictionary happens to list ("poli" + "tie").
const MIN_PART = 4;

/**
 * Splits a Dutch compound into a first part and a last part that the dictionary both knows,
 * the last part as long as possible ("snelheidscontrole" -> snelheid + controle). The parts are
 * returned as dictionary entries (a plural last part by its singular). Null for a word that is
 * not a compound of two known words ("horizon" is not hori + zon).
 */
export function splitDutchCompound(word: string, dutch: LanguageLexicon): { modifier: string; head: string } | null {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const last = word.slice(cut);
    if (!dutch.known.has(last)) continue;
    const first = word.slice(0, cut);
    for (const link of LINKS) {
      if (!first.endsWith(link)) continue;
      const modifier = first.slice(0, first.length - link.length);
      if (modifier.length >= MIN_PART && dutch.known.has(modifier)) {
        return { modifier: dutch.lemmas.get(modifier)?.[0] ?? modifier, head: dutch.lemmas.get(last)?.[0] ?? last };
      }
    }
  }
  return null;
}

export function describeWord(word: string, language: Language, lexicon: Lexicon): VocabularyRow {
  const own = lexicon[language];
  const other = lexicon[language === "fr" ? "nl" : "fr"];
  const compound = language === "nl" && word.length >= 2 * MIN_PART ? splitDutchCompound(word, own) : null;
  let lemmas = [...(own.lemmas.get(word) ?? [])];
  if (lemmas.length === 0 && compound) {
    // An inflected compound the dictionary does not list: its lemma is its first part followed
    // by the last part's lemma ("trajectcontroles" -> trajectcontrole).
    lemmas = lastPartLemmas(word, compound.head, own);
  }
  return {
    word,
    language,
    lemmas,
    inDictionary: own.known.has(word) || compound !== null,
    inOtherDictionary: other.known.has(word),
    compoundHead: compound?.head ?? null,
    compoundModifier: compound?.modifier ?? null,
  };
}

/** "trajectcontroles" with head "controle": the word's ending is an inflected form of the head. */
function lastPartLemmas(word: string, head: string, dutch: LanguageLexicon): string[] {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const last = word.slice(cut);
    const lemmas = dutch.lemmas.get(last);
    if (lemmas?.includes(head)) return [word.slice(0, cut) + head];
  }
  return [];
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
