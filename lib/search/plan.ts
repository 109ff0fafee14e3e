/**
 * The tsqueries of a parsed query, per term and per language, from the forms each token was
 * widened to (expand.ts). Each is to_tsquery text: quoted forms OR-ed, phrase tokens joined by
 * <->; the French ones are stemmed by archive_fr when PostgreSQL reads them, the Dutch ones
 * match the words as written. A term that is not of a language has no query there (it cannot
 * match that language's text); a term made only of stop words is dropped, as websearch_to_tsquery
 * drops it. Pure: no database.
 */
import type { Language } from "@/lib/lexicon/lexicon";
import type { Expansion, LanguageForms } from "./expand";
import type { ParsedQuery, QueryTerm } from "./terms";

export type TermQuery = {
  fr: string | null;
  /** The exact forms and the compounds. */
  nl: string | null;
  /** The exact forms only: a question that matches them holds the word itself. */
  nlExact: string | null;
};

export type TextPlan = {
  groups: TermQuery[][];
  excluded: TermQuery[];
  /** Some Dutch term also reaches compounds (so "holds the word itself" ranks first). */
  hasCompounds: boolean;
};

const quote = (form: string) => `'${form.replaceAll("'", "''")}'`;
const alternatives = (forms: readonly string[]) => (forms.length === 1 ? quote(forms[0] ?? "") : `(${forms.map(quote).join(" | ")})`);

function languageQuery(term: QueryTerm, expansion: Expansion, language: Language, withCompounds: boolean): string | null | "stop" {
  const parts: string[] = [];
  let hasWord = false;
  for (const token of term.tokens) {
    const forms: LanguageForms | undefined = expansion.get(token)?.[language];
    if (!forms) return null;
    if (forms.isStop) {
      parts.push(quote(token)); // dropped by to_tsquery, which keeps the phrase distance
      continue;
    }
    const all = withCompounds && term.tokens.length === 1 ? [...forms.exact, ...forms.compounds] : forms.exact;
    if (all.length === 0) return null;
    parts.push(alternatives(all));
    hasWord = true;
  }
  return hasWord ? parts.join(" <-> ") : "stop";
}

function termQuery(term: QueryTerm, expansion: Expansion): TermQuery | null {
  const fr = languageQuery(term, expansion, "fr", false);
  const nl = languageQuery(term, expansion, "nl", true);
  const nlExact = languageQuery(term, expansion, "nl", false);
  const usable = (value: string | null | "stop") => (value === "stop" ? null : value);
  if (usable(fr) === null && usable(nl) === null) return null;
  return { fr: usable(fr), nl: usable(nl), nlExact: usable(nlExact) };
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
