/**
 * "Did you mean": when a query finds nothing or almost nothing, each word the archive does not
 * hold is replaced by the closest words it does hold (trigram candidates, then the fewest edits,
 * then the most similar), giving up to three corrected queries. The vocabulary holds only words
 * of loaded documents, so a suggested word is always found somewhere.
 */
import { distance } from "fastest-levenshtein";
import type { SimilarWordRow } from "./sql/suggestions";
import { tokensOf } from "./terms";

/** A query with fewer results than this gets suggestions. */
export const SUGGEST_BELOW = 3;
const MAX_SUGGESTIONS = 3;
const MAX_EDITS = 2;

/** The best replacements of one unknown word, closest first. */
export function closestWords(token: string, rows: readonly SimilarWordRow[]): string[] {
  return rows
    .filter((row) => row.token === token && row.word !== token)
    .map((row) => ({ word: row.word, edits: distance(token, row.word), similarity: row.similarity }))
    .filter((candidate) => candidate.edits <= MAX_EDITS)
    .sort((a, b) => a.edits - b.edits || b.similarity - a.similarity || a.word.localeCompare(b.word))
    .map((candidate) => candidate.word);
}

/** The query text with every whitespace-separated word that reads as `token` replaced. */
function replaceWord(text: string, token: string, replacement: string): string {
  return text.replace(/\S+/g, (piece) => {
    const sign = piece.startsWith("-") ? "-" : "";
    const tokens = tokensOf(piece.slice(sign.length));
    return tokens.length === 1 && tokens[0] === token ? `${sign}${replacement}` : piece;
  });
}

export function suggestQueries(text: string, unknownTokens: readonly string[], rows: readonly SimilarWordRow[]): string[] {
  const choices = unknownTokens.map((token) => ({ token, words: closestWords(token, rows) })).filter((choice) => choice.words.length > 0);
  const [first, ...others] = choices;
  if (!first) return [];
  const withOthers = others.reduce((current, choice) => replaceWord(current, choice.token, choice.words[0] ?? choice.token), text);
  return first.words.slice(0, MAX_SUGGESTIONS).map((word) => replaceWord(withOthers, first.token, word));
}
