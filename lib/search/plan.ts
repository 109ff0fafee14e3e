/**
 * The tsqueries of a parsed query, per term and per language, from the forms each token was
 * widened to (expand.ts). Each is to_tsquery text: quoted forms OR-ed, a phrase's words `<N>`
 * apart as their places in the typed text are (lib/search/terms.ts); the French ones are stemmed
 * by archive_fr when PostgreSQL reads them, the Dutch ones match the words as written. A term
 * that is not of a language has no query there (it cannot match that language's text); a term
 * made only of stop words is dropped, as websearch_to_tsquery drops it. Pure: no database.
 */
import type { Language } from "@/lib/lexicon/lexicon";
import type { Expansion, LanguageForms } from "./expand";
import type { ParsedQuery, QueryTerm } from "./terms";

/**
 * One word of a term in one language: its forms and its place in the term (stop words hold
 * places too, and so does the whole of a hyphenated word, before its parts).
 */
type PlacedWord = { forms: readonly string[]; place: number };

export type TermQuery = {
  fr: string | null;
  /** The exact forms and the compounds. */
  nl: string | null;
  /** The exact forms only: a question that matches them holds the word itself. */
  nlExact: string | null;
  /** Several words in a row in some language: a match is checked on their positions. */
  isPhrase: boolean;
};

export type TextPlan = {
  groups: TermQuery[][];
  excluded: TermQuery[];
  /** Some Dutch term also reaches compounds (so "holds the word itself" ranks first). */
  hasCompounds: boolean;
};

const quote = (form: string) => `'${form.replaceAll("'", "''")}'`;
const alternatives = (forms: readonly string[]) => (forms.length === 1 ? quote(forms[0] ?? "") : `(${forms.map(quote).join(" | ")})`);

/**
 * The term's words in one language, stop words left out (their places stay counted); null when
 * a token is not of this language, "stop" when every token is a stop word. In a term of several
 * words, a word this language's texts hold but that counts as the other language's ("hui" of
 * "aujourd'hui") is taken as typed, as long as another word of the term is this language's.
 */
function languageWords(term: QueryTerm, expansion: Expansion, language: Language, withCompounds: boolean): PlacedWord[] | null | "stop" {
  const words: PlacedWord[] = [];
  let hasOwnWord = false;
  for (const [index, token] of term.tokens.entries()) {
    const forms: LanguageForms | undefined = expansion.get(token)?.[language];
    if (!forms) return null;
    if (forms.isStop) continue;
    const own = withCompounds && term.tokens.length === 1 ? [...forms.exact, ...forms.compounds] : forms.exact;
    const borrowed = own.length === 0 && forms.isHeldAsOther && term.tokens.length > 1 ? [token] : [];
    if (own.length + borrowed.length === 0) return null;
    hasOwnWord ||= own.length > 0;
    words.push({ forms: own.length > 0 ? own : borrowed, place: term.places[index] ?? index });
  }
  if (words.length === 0) return "stop";
  return hasOwnWord ? words : null;
}

/** to_tsquery text: each word's forms OR-ed, consecutive words `<N>` apart as their places are. */
function tsqueryText(words: PlacedWord[]): string {
  return words
    .map((word, index) => {
      const previous = words[index - 1];
      return previous ? ` <${word.place - previous.place}> ${alternatives(word.forms)}` : alternatives(word.forms);
    })
    .join("");
}

function termQuery(term: QueryTerm, expansion: Expansion): TermQuery | null {
  const fr = languageWords(term, expansion, "fr", false);
  const nl = languageWords(term, expansion, "nl", true);
  const nlExact = languageWords(term, expansion, "nl", false);
  const usable = (value: PlacedWord[] | null | "stop") => (value === "stop" ? null : value);
  const [frWords, nlWords, nlExactWords] = [usable(fr), usable(nl), usable(nlExact)];
  if (frWords === null && nlWords === null) return null;
  return {
    fr: frWords && tsqueryText(frWords),
    nl: nlWords && tsqueryText(nlWords),
    nlExact: nlExactWords && tsqueryText(nlExactWords),
    isPhrase: [frWords, nlWords].some((words) => words !== null && words.length > 1),
  };
}

export function planText(query: ParsedQuery, expansion: Expansion): TextPlan {
  const groups = query.groups
    .map((group) => group.map((term) => termQuery(term, expansion)).filter((term): term is TermQuery => term !== null))
    .filter((group) => group.length > 0);
  const excluded = query.excluded.map((term) => termQuery(term, expansion)).filter((term): term is TermQuery => term !== null);
  const hasCompounds = groups.flat().some((term) => term.nl !== term.nlExact);
  return { groups, excluded, hasCompounds };
}

/** All positive terms of one language OR-ed: what ranking and highlighting look for. */
export function anyTerm(plan: TextPlan, pick: (term: TermQuery) => string | null): string | null {
  const parts = plan.groups.flat().map(pick).filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.map((part) => `(${part})`).join(" | ");
}
