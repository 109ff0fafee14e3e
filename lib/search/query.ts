/**
 * What the words typed in the search box ask for: a question number to open directly, a full
 * text query, or nothing. lib/search/terms.ts then reads the text's words, "quoted phrases", OR and -exclusions (never a syntax
 * error, whatever the input). This module also normalises the words of a minister or author
 * filter for the trigram comparison.
 */
import { foldWord } from "@/lib/lexicon/words";

export type QueryIntent =
  | { kind: "none" }
  | { kind: "number"; legislature: number | null; number: number }
  | { kind: "text"; text: string };

// "5-8902", "8902", "n° 5-8902", "nr. 8902", "#8902".
const QUESTION_NUMBER = /^(?:n°|no\.?|nr\.?|#)?\s*(?:(\d{1,3})\s*-\s*)?(\d{1,7})$/i;

export function readQueryIntent(q: string): QueryIntent {
  const text = q.trim();
  if (text === "") return { kind: "none" };
  const number = QUESTION_NUMBER.exec(text);
  if (number?.[2] && Number(number[2]) > 0) {
    return { kind: "number", legislature: number[1] ? Number(number[1]) : null, number: Number(number[2]) };
  }
  return { kind: "text", text };
}

// Articles and prepositions of portfolio titles ("des Affaires étrangères", "van Buitenlandse
// Zaken"): every remaining word must be found in a title, and these say nothing about which.
const NAME_STOPWORDS = new Set([
  "de", "du", "des", "la", "le", "les", "et", "a", "au", "aux", "l", "d",
  "van", "de", "het", "en", "voor", "aan", "een",
  "of", "the", "and", "for", "minister", "ministre", "ministe",
]);

/** The words of a minister or author filter that each have to be found (typos allowed). */
export function filterWords(value: string): string[] {
  const words = foldWord(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !NAME_STOPWORDS.has(word));
  // At most a few words: each costs a similarity test per candidate row.
  return [...new Set(words)].slice(0, 6);
}
