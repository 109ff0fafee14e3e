/**
 * The WHERE fragments shared by the result page and the facet counts, as Prisma.sql templates:
 * every user value is a bound parameter, never spliced into the SQL text. A filter that is not
 * set is the constant TRUE, which the planner drops.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "../parse-params";
import type { TermQuery, TextPlan } from "../plan";
import { facetRows, type FacetRows } from "./facet-rows";
import type { NamedFilters } from "./named-filters";

export type SearchFilters = {
  /**
   * The table the filters read, as `q`: question when there are words (its GIN indexes find
   * them), otherwise question_facet, the narrow copy of the columns every other filter, facet and
   * sort reads (migration 20261201230000_question_facet), a ninth of the bytes to scan.
   */
  table: Prisma.Sql;
  /** Full text (textMatch): each term in the French vector with French stemming or in the Dutch one with its Dutch forms. */
  text: Prisma.Sql;
  /** The faceted filters, each separately, so that a facet can leave its own out. */
  minister: Prisma.Sql;
  party: Prisma.Sql;
  dates: Prisma.Sql;
  status: Prisma.Sql;
  session: Prisma.Sql;
  /** The filters that have no facet. */
  others: Prisma.Sql;
  /** The rows the facet counts group (facet-rows.ts): the questions themselves, or counts of their combinations. */
  facetRows: FacetRows;
};

/** The filter of a parameter that is not set, which the planner drops. */
export const TRUE = Prisma.sql`TRUE`;

const FALSE = Prisma.sql`FALSE`;

/**
 * Planner settings for the statements that match words (the result page and the facet counts),
 * run with them by lib/search/run.ts. With a common word PostgreSQL estimates that most rows
 * match and reads the whole table, testing `@@` on every row: that detoasts every question's
 * full vector, a cost its model does not count, and took 0.8 to 1.4 s at p95 on 100,000
 * documents, where the bitmap scan of the GIN index (which reads the vectors only of the rows
 * it finds) took under 0.2 s (docs/benchmarks.md). `enable_seqscan = off` makes the sequential
 * scan a last resort, not impossible.
 *
 * `work_mem = 16MB`: the bitmap of a common word's matches must stay exact. Past `work_mem` (4 MB
 * by default) PostgreSQL keeps whole pages instead of rows ("lossy") and tests `@@` again on every
 * row of those pages, reading their full vectors from TOAST: at a million questions a common word
 * (516,000 matches in 100,000 heap pages) took 2.8 s to count with 23,021 lossy pages, 0.34 s with
 * 16 MB (docs/benchmarks.md). 16 MB keeps such a bitmap exact to about two million questions.
 */
export const TEXT_MATCH_SETTINGS = { enable_seqscan: "off", work_mem: "16MB" } as const;

/** A French or Dutch tsquery from plan text (lib/search/plan.ts); archive_fr stems the French forms. */
export function frenchQuery(text: string | null): Prisma.Sql {
  return text === null ? Prisma.sql`''::tsquery` : Prisma.sql`to_tsquery('archive_fr', ${text})`;
}
export function dutchQuery(text: string | null): Prisma.Sql {
  return text === null ? Prisma.sql`''::tsquery` : Prisma.sql`to_tsquery('archive_nl', ${text})`;
}

/**
 * One language's vector matches the query. A phrase is checked on its words' positions, which
 * the GIN index does not hold, so PostgreSQL reads each candidate's vector again; the full
 * vector is large and out of line (TOAST), the head vector (subject and descriptors) small and
 * in the row (migration 20261204190000_question_head_inline). The full vector begins with the
 * head, so a phrase the head holds is in the full vector too: testing the head first (OR stops
 * at the first true) answers for those questions without reading their full vector.
 */
function vectorMatch(language: "fr" | "nl", tsquery: Prisma.Sql, isPhrase: boolean): Prisma.Sql {
  const [head, full] = language === "fr" ? [Prisma.sql`q.search_head_fr`, Prisma.sql`q.search_fr`] : [Prisma.sql`q.search_head_nl`, Prisma.sql`q.search_nl`];
  return isPhrase ? Prisma.sql`(${head} @@ ${tsquery} OR ${full} @@ ${tsquery})` : Prisma.sql`${full} @@ ${tsquery}`;
}

/** One term: its French forms in the French vector, or its Dutch forms in the Dutch one. */
function termMatch(term: TermQuery, isExact: boolean): Prisma.Sql {
  const sides: Prisma.Sql[] = [];
  if (term.fr !== null) sides.push(vectorMatch("fr", frenchQuery(term.fr), term.isPhrase));
  const dutch = isExact ? term.nlExact : term.nl;
  if (dutch !== null) sides.push(vectorMatch("nl", dutchQuery(dutch), term.isPhrase));
  return sides.length === 0 ? FALSE : Prisma.sql`(${Prisma.join(sides, " OR ")})`;
}

/**
 * The full-text condition: every group has a matching term, in either language (so "prison
 * gevangenis" finds a question holding one in its French text and the other in its Dutch text),
 * and no excluded term matches in either language. `isExact` leaves the Dutch compounds out: a
 * question that passes it holds the words themselves.
 */
export function textMatch(plan: TextPlan, isExact = false): Prisma.Sql {
  const parts = [
    ...plan.groups.map((group) => Prisma.sql`(${Prisma.join(group.map((term) => termMatch(term, isExact)), " OR ")})`),
    ...plan.excluded.map(excludedTerm),
  ];
  return parts.length === 0 ? FALSE : Prisma.sql`(${Prisma.join(parts, " AND ")})`;
}

/** No excluded term matches, in either language (TRUE when none is excluded). */
export function noExcludedTerm(plan: TextPlan): Prisma.Sql {
  return plan.excluded.length === 0 ? TRUE : Prisma.sql`(${Prisma.join(plan.excluded.map(excludedTerm), " AND ")})`;
}

function excludedTerm(term: TermQuery): Prisma.Sql {
  return Prisma.sql`NOT ${termMatch(term, false)}`;
}

/**
 * `named` holds the ids the minister and author filters stand for (named-filters.ts), as a bound
 * array: `= ANY($1)` is an index condition the planner estimates from the ids' statistics.
 */
export function searchFilters(params: SearchParams, plan: TextPlan | null, named: NamedFilters): SearchFilters {
  const table = plan ? Prisma.sql`question` : Prisma.sql`question_facet`;
  return {
    table,
    text: plan ? textMatch(plan) : TRUE,
    minister: params.minister ? Prisma.sql`q.addressee_id = ANY(${resolved(named.addresseeIds, "minister")}::int[])` : TRUE,
    party: params.party ? Prisma.sql`lower(q.author_party) = lower(${params.party})` : TRUE,
    dates: Prisma.sql`${params.from ? Prisma.sql`q.asked_on >= ${params.from}::date` : TRUE}
      AND ${params.to ? Prisma.sql`q.asked_on <= ${params.to}::date` : TRUE}`,
    status: params.status ? Prisma.sql`q.status = ${params.status}` : TRUE,
    session: params.session ? Prisma.sql`q.session = ${params.session}` : TRUE,
    others: Prisma.sql`${params.legislature ? Prisma.sql`q.legislature = ${params.legislature}` : TRUE}
      AND ${params.addressee !== null ? Prisma.sql`q.addressee_id = ${params.addressee}::int` : TRUE}
      AND ${params.author ? Prisma.sql`q.author_id = ANY(${resolved(named.authorIds, "author")}::int[])` : TRUE}`,
    facetRows: facetRows(params, plan, table),
  };
}

/** A set filter's ids: a filter read without its names resolved would silently select everything. */
function resolved(ids: number[] | null, filter: "minister" | "author"): number[] {
  if (ids === null) throw new Error(`searchFilters: the ${filter} filter is set but its ids were not resolved (resolveNamedFilters)`);
  return ids;
}
