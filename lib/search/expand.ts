/**
 * Widens each token of a query to the forms the archive holds, per language (decision 0011):
 * the token, its rule-made singular/plural/feminine forms (lib/search/inflection), the words the
 * dictionaries give the same lemma, and, in Dutch, the compounds built on it. It also decides
 * which language a token belongs to: a word of the vocabulary counts for a language when that
 * language's dictionary has it, or when the other language's dictionary does not ("politie"
 * found in a French text does not make it French). A token the archive does not hold at all is
 * searched as typed, in the languages its rows point to, or both.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import type { Language } from "@/lib/lexicon/lexicon";
import { dutchForms, isDutchInflection } from "./inflection/dutch";
import { frenchForms, isFrenchInflection } from "./inflection/french";
import { stopWordsSql, vocabularySql, type Candidate, type StopWordRow, type VocabularyMatch } from "./sql/vocabulary";

export type LanguageForms = {
  /** The token's own forms in this language; empty when the token is not of this language. */
  exact: string[];
  /** Dutch compounds that end or start with the token (ranked below the exact forms). */
  compounds: string[];
  /** A stop word of this language: the configuration drops it, whatever its forms. */
  isStop: boolean;
  /**
   * This language's texts hold the token, but it does not count as this language's word (only
   * the other language's dictionary has it): "politie" quoted in a French text, or "hui" of
   * "aujourd'hui", which the Dutch dictionary happens to hold. Within a phrase whose other words
   * are of this language it is this language's (lib/search/plan.ts).
   */
  isHeldAsOther: boolean;
};
export type TokenForms = Record<Language, LanguageForms> & {
  /** The archive holds the token or one of its forms (else it is searched as typed, and may get a spelling suggestion). */
  isInArchive: boolean;
};
export type Expansion = Map<string, TokenForms>;

const LANGUAGES: readonly Language[] = ["fr", "nl"];
const RULES: Record<Language, (word: string) => string[]> = { fr: frenchForms, nl: dutchForms };
/** The narrower test of a regular inflection (lib/search/inflection), for forms the dictionary gives elsewhere. */
const REGULAR: Record<Language, (one: string, other: string) => boolean> = { fr: isFrenchInflection, nl: isDutchInflection };
/** At most this many compounds per token, shortest first: each is one more lexeme for the GIN index to look up. */
export const MAX_COMPOUNDS = 40;

/** The token's rule-made forms in one language (none for a token with digits). */
export function ruleForms(token: string, language: Language): string[] {
  return /^[a-z]+$/.test(token) ? RULES[language](token) : [];
}

export function candidatesOf(token: string): Candidate[] {
  return LANGUAGES.flatMap((language) => [token, ...ruleForms(token, language)].map((form) => ({ token, language, form })));
}

const counts = (row: VocabularyMatch) => row.in_dictionary || !row.in_other_dictionary;

/** The forms of one token, from its vocabulary rows and stop-word flags. */
export function selectForms(token: string, rows: readonly VocabularyMatch[], stop: { fr: boolean; nl: boolean }): TokenForms {
  const forms = wordForms(token, rows, stop);
  // A number typed alone is also the same number written after a hyphen, which PostgreSQL's
  // parser reads as a sign: "2014" finds "2013-2014" (whose vectors hold "2013" and "-2014"),
  // and "covid 19" finds "covid-19".
  if (/^\d+$/.test(token)) {
    for (const language of LANGUAGES) {
      if (forms[language].exact.length > 0) forms[language].exact.push(`-${token}`);
    }
  }
  return forms;
}

function wordForms(token: string, rows: readonly VocabularyMatch[], stop: { fr: boolean; nl: boolean }): TokenForms {
  const result = { isInArchive: true } as TokenForms;
  for (const language of LANGUAGES) {
    const own = rows.filter((row) => row.language === language && counts(row));
    const self = own.find((row) => row.how === "self");
    // The token's possible dictionary entries: itself, its lemmas, and the shorter forms it is a
    // regular inflection of (its singular or masculine: "detenue" -> detenu, "zonen" -> zoon).
    // The narrower rules give a token longer forms (its plural, its feminine) in this language
    // only when it may be this language's word: not when the dictionaries have it as the other
    // language's alone ("zon" is no French word, so the French "zones" is none of its forms).
    // A shorter form, the token's possible base, needs no such thing: "camera's" (read "cameras")
    // is in the French dictionary alone, and its Dutch base "camera" is still its singular.
    const isOthersWord = rows.some((row) => row.how === "self" &&
      (row.language === language ? !row.in_dictionary && row.in_other_dictionary : row.in_dictionary && !row.in_other_dictionary));
    const isRegular = (form: string) => (form.length < token.length || !isOthersWord) && REGULAR[language](token, form);
    const bases = ruleForms(token, language).filter((form) => form.length < token.length && REGULAR[language](token, form));
    const keys = new Set([token, ...(self?.lemmas ?? []), ...bases]);
    // A rule-made form is the token's when the dictionary says so (they share a lemma: "detenus"
    // of "detenue"), when the dictionary does not know it at all (the rules are all there is),
    // or when it is a regular inflection of the token by the narrower rules, even though the
    // dictionary lists it as a word of its own or as another word's form: OpenTaal lists
    // "zonen" as a word and as the plural of "zone", not as the plural of "zoon". So "zoon"
    // finds "zonen" while "zon" (plural "zonnen") does not, nor "wet" (plural "wetten") "weten".
    const isTokens = (row: VocabularyMatch) =>
      row.lemmas.some((lemma) => keys.has(lemma)) ||
      (!row.in_dictionary && row.lemmas.length === 0) ||
      isRegular(row.word);
    const accepted = own.filter((row) => row.how !== "compound" && (row.how !== "rule" || isTokens(row)));
    const exact = [...new Set(accepted.map((row) => row.word))];
    const compounds = [...new Set(own.filter((row) => row.how === "compound").map((row) => row.word))]
      .filter((word) => !exact.includes(word))
      .sort((a, b) => a.length - b.length || a.localeCompare(b))
      .slice(0, MAX_COMPOUNDS);
    const isHeldAsOther = exact.length === 0 && rows.some((row) => row.language === language && row.how === "self" && !counts(row));
    result[language] = { exact, compounds, isStop: stop[language], isHeldAsOther };
  }
  if (LANGUAGES.some((language) => result[language].exact.length + result[language].compounds.length > 0)) return result;
  // Not in the archive: as typed, in the language(s) its rows point to ("politie" seen only in
  // a French text, where it does not count, is Dutch), else in both.
  result.isInArchive = false;
  const pointed = new Set(rows.map((row) => (counts(row) ? row.language : row.language === "fr" ? "nl" : "fr")));
  for (const language of LANGUAGES) {
    if (pointed.size === 0 || pointed.has(language)) result[language].exact = [token];
  }
  return result;
}

export async function expandTokens(query: SqlExecutor, tokens: readonly string[]): Promise<Expansion> {
  if (tokens.length === 0) return new Map();
  const [rows, stops] = await Promise.all([
    query<VocabularyMatch>(vocabularySql(tokens.flatMap(candidatesOf))),
    query<StopWordRow>(stopWordsSql(tokens)),
  ]);
  const expansion: Expansion = new Map();
  for (const token of tokens) {
    const stop = stops.find((row) => row.token === token);
    expansion.set(token, selectForms(token, rows.filter((row) => row.token === token), { fr: stop?.is_stop_fr ?? false, nl: stop?.is_stop_nl ?? false }));
  }
  return expansion;
}
