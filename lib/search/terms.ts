/**
 * Reads the search box's text the way websearch_to_tsquery does (words, "quoted phrases", OR
 * between terms, -exclusions; nothing is ever a syntax error) into terms of folded tokens, so
 * that each token can be widened to its other forms before the tsqueries are built. A term is
 * one word or a phrase (several tokens in order: a quoted phrase, or a word that punctuation
 * splits, like "e-mail"). An apostrophe-s is part of the word ("camera's" is "cameras", whose
 * singular is "camera"); a French elided article is dropped at the start of a term ("l'école" is
 * "école") and keeps its place inside one ("droits de l'homme").
 */
import { foldWord } from "@/lib/lexicon/words";

/**
 * One word or phrase: its tokens, and each token's place as PostgreSQL's parser numbers the
 * words of a text (the distances `<N>` of a phrase come from them).
 */
export type QueryTerm = { tokens: string[]; places: number[] };

export type ParsedQuery = {
  /** Every group must match; a group matches when any of its terms does (OR). */
  groups: QueryTerm[][];
  /** No matching question may contain any of these. */
  excluded: QueryTerm[];
};

/**
 * A word with hyphens as PostgreSQL's parser cuts it. Parts that hold a letter, joined by single
 * hyphens, are one hyphenated word ("Bruxelles-Capitale", "e-mail", "EU-voorzitterschap",
 * "art-3bis"): the parser gives the whole word a place and then each part the next ones, so
 * "Région de Bruxelles-Capitale" is region <3> bruxel <-> capital in the vectors. A hyphen before
 * a part of digits alone is a sign: "covid-19" is "covid" and the signed integer "-19", which the
 * vectors keep as "-19", and "2013-2014" is "2013" and "-2014". Returns the runs of parts, a run
 * of several parts being a hyphenated word.
 */
function hyphenRuns(word: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const [index, part] of word.split("-").entries()) {
    if (/\p{L}/u.test(part)) {
      run.push(part);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
    runs.push([index > 0 ? `-${part}` : part]);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The folded tokens of a stretch of typed text, with their places. */
export function placedTokensOf(text: string): QueryTerm {
  const folded = foldWord(text)
    .replace(/['’]s\b/g, "s")
    // An elided article at the start holds no place: nothing comes before it.
    .replace(/^([^\p{L}\p{N}]*)[a-z]['’](?=[a-z])/u, "$1")
    // Inside a phrase it is a word of its own, as PostgreSQL's parser reads the text: a stop
    // word whose place the phrase keeps ("droits de l'homme" is droit <3> homm in the vectors).
    .replace(/\b([a-z])['’](?=[a-z])/g, "$1 ");
  const tokens: string[] = [];
  const places: number[] = [];
  let place = 0;
  for (const word of folded.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    for (const run of hyphenRuns(word)) {
      if (run.length > 1) place += 1; // a hyphenated word's own place, before its parts
      for (const part of run) {
        tokens.push(part);
        places.push(place);
        place += 1;
      }
    }
  }
  // A term starts at its first token: a leading hyphenated word's own place is no gap.
  const first = places[0] ?? 0;
  return { tokens, places: places.map((value) => value - first) };
}

/** The folded tokens of a stretch of typed text. */
export function tokensOf(text: string): string[] {
  return placedTokensOf(text).tokens;
}

type Piece = { text: string; isQuoted: boolean; isNegated: boolean };

function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[2] !== undefined) found.push({ text: match[2], isQuoted: true, isNegated: match[1] === "-" });
    else if (match[3] !== undefined) {
      const word = match[3];
      const isNegated = word.startsWith("-") && word.length > 1;
      found.push({ text: isNegated ? word.slice(1) : word, isQuoted: false, isNegated });
    }
  }
  return found;
}

export function parseQueryText(text: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const excluded: QueryTerm[] = [];
  let joinNext = false;
  for (const piece of pieces(text)) {
    if (!piece.isQuoted && !piece.isNegated && piece.text.toLowerCase() === "or") {
      joinNext = groups.length > 0;
      continue;
    }
    const term = placedTokensOf(piece.text);
    if (term.tokens.length === 0) continue;
    if (piece.isNegated) excluded.push(term);
    else if (joinNext) groups.at(-1)?.push(term);
    else groups.push([term]);
    joinNext = false;
  }
  return { groups, excluded };
}

/** Every distinct token of a parsed query. */
export function queryTokens(query: ParsedQuery): string[] {
  return [...new Set([...query.groups.flat(), ...query.excluded].flatMap((term) => term.tokens))];
}
