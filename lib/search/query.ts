/**
 * What the words typed in the search box ask for: a question number to open directly, a full
 * text query, or nothing. lib/search/terms.ts then reads the text's words, "quoted phrases", OR and -exclusions (never a syntax
 * error, whatever the input). This module also normalises the words of a minister or author
 * filter for the trigram comparison.
 */
import { foldWord } from "@/lib/lexicon/words";
import { readTypedQuestionNumber, type TypedQuestionNumber } from "@/lib/source/question-id";

export type QueryIntent =
  | { kind: "none" }
  | ({ kind: "number" } & TypedQuestionNumber)
  | { kind: "text"; text: string };

export function readQueryIntent(q: string): QueryIntent {
  const text = q.trim();
  if (text === "") return { kind: "none" };
  // "5-8902", "8902", "n° 5-8902": the id's own module reads what people type.
  const number = readTypedQuestionNumber(text);
  return number ? { kind: "number", ...number } : { kind: "text", text };
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

/**
 * Bounds on what one query may ask of the text search. Each word, exclusion and OR branch is
 * one more operand that PostgreSQL tests against every candidate's vectors and that ts_headline
 * looks for in every snippet's text: a 299-character query of 100 exclusions took 18 s of
 * database time on 5,000 documents. No real query comes near these.
 */
export const MAX_QUERY_WORDS = 12;
export const MAX_QUERY_EXCLUSIONS = 4;
export const MAX_QUERY_OR_BRANCHES = 6;

type QueryToken = { text: string; kind: "or" | "exclusion" | "term"; words: number };

/** The query cut to the bounds above, in websearch syntax still: first terms, exclusions and OR branches kept, in order. */
export function boundQueryComplexity(text: string): { text: string; isSimplified: boolean } {
  const tokens = tokenizeWebsearch(text);
  const kept: QueryToken[] = [];
  let [words, exclusions, branches] = [0, 0, 1];
  let isSimplified = false;
  for (const token of tokens) {
    if (token.kind === "or") {
      // Kept only between two kept terms; the term after it decides (see below).
      kept.push(token);
      continue;
    }
    const fits = token.kind === "exclusion"
      ? exclusions + 1 <= MAX_QUERY_EXCLUSIONS && token.words <= MAX_QUERY_WORDS
      : words + token.words <= MAX_QUERY_WORDS;
    const opensBranch = kept.at(-1)?.kind === "or";
    if (!fits || (opensBranch && branches + 1 > MAX_QUERY_OR_BRANCHES)) {
      isSimplified = true;
      while (kept.at(-1)?.kind === "or") kept.pop();
      continue;
    }
    if (opensBranch) branches += 1;
    if (token.kind === "exclusion") exclusions += 1;
    else words += token.words;
    kept.push(token);
  }
  while (kept[0]?.kind === "or") kept.shift();
  while (kept.at(-1)?.kind === "or") kept.pop();
  return isSimplified ? { text: kept.map((token) => token.text).join(" "), isSimplified } : { text, isSimplified };
}

/** Splits a query the way websearch_to_tsquery reads it: "quoted phrases", OR, -exclusions, words. */
function tokenizeWebsearch(text: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const [whole, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      tokens.push({ text: whole, kind: minus ? "exclusion" : "term", words: countWords(phrase) });
    } else if (bare !== undefined && /^or$/i.test(bare)) {
      tokens.push({ text: bare, kind: "or", words: 0 });
    } else if (bare !== undefined) {
      const isExclusion = bare.length > 1 && bare.startsWith("-") && bare[1] !== "-";
      tokens.push({ text: bare, kind: isExclusion ? "exclusion" : "term", words: countWords(bare) });
    }
  }
  return tokens;
}

function countWords(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "").length;
}
