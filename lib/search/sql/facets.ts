/**
 * The total, the number of searchable terms and the facet counts (minister, party, year, status,
 * session) of a search, in one statement and one pass: the matching rows are read once and
 * counted by their facet values (and whether they pass the date filter, which is finer than the
 * year); each group is then marked with whether it passes each faceted filter, and each facet
 * adds up the counts of the groups that pass every filter but its own (so choosing a minister
 * still shows the other ministers' counts). One row comes back, with the facet values as a JSON
 * array.
 * Counting groups, not rows: the set that six scans read is a few thousand groups instead of
 * every matching row (100,000 for a filter without words, which spilled out of work_mem to a
 * temporary file that each scan read again): 110 ms against 70 ms at 100,000 questions
 * (docs/benchmarks.md). GROUPING SETS with one FILTER per facet was slower still (it evaluates
 * every filter four times per row: 250 ms against 200 ms when measured). A search without words
 * reads counts of combinations of those values rather than questions (facet-rows.ts); the counts
 * by year are read as they are, one row per group already.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchFilters } from "./filters";

export type FacetName = "minister" | "party" | "year" | "status" | "session";

export type FacetCountRow = {
  facet: FacetName;
  value: string;
  label_fr: string | null;
  label_nl: string | null;
  count: number;
};

export type FacetCounts = {
  /** Matches passing every filter. */
  total: number;
  /** How many lexemes the French and Dutch queries kept (0: only stop words were typed). */
  terms: number;
  facets: FacetCountRow[];
};

/** `searchableTerms`: how many terms of the query search can use (stop words dropped); null without a query. */
export function facetCountsSql(filters: SearchFilters, searchableTerms: number | null): Prisma.Sql {
  const terms = Prisma.sql`${searchableTerms ?? 1}::int`;
  return Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT q.addressee_id, q.author_party, q.asked_year, q.status, q.session, q.hits,
             ${filters.minister} AS minister_ok, ${filters.party} AS party_ok,
             q.dates_ok, ${filters.status} AS status_ok, ${filters.session} AS session_ok
      FROM (
        -- The faceted filters read only these columns (the dates read asked_on): the groups stand in for the rows.
        SELECT q.addressee_id, q.author_party, q.asked_year, q.status, q.session, ${filters.dates} AS dates_ok, ${filters.facetRows.hits} AS hits
        FROM ${filters.facetRows.from} q
        WHERE ${filters.text} AND ${filters.others}
        ${filters.facetRows.isOneRowPerGroup ? Prisma.empty : Prisma.sql`GROUP BY 1, 2, 3, 4, 5, 6`}
      ) q
    ), by_minister AS (
      SELECT addressee_id, sum(hits)::int AS count FROM matched
      WHERE party_ok AND dates_ok AND status_ok AND session_ok GROUP BY addressee_id
    ), facet_values AS (
      SELECT 'minister' AS facet, a.title_fr AS value, a.title_fr AS label_fr, a.title_nl AS label_nl, m.count
        FROM by_minister m JOIN addressee a ON a.id = m.addressee_id
      UNION ALL
      SELECT 'party', author_party, NULL, NULL, sum(hits)::int FROM matched
        WHERE minister_ok AND dates_ok AND status_ok AND session_ok GROUP BY author_party
      UNION ALL
      SELECT 'year', asked_year::text, NULL, NULL, sum(hits)::int FROM matched
        WHERE minister_ok AND party_ok AND status_ok AND session_ok GROUP BY asked_year
      UNION ALL
      SELECT 'status', status, NULL, NULL, sum(hits)::int FROM matched
        WHERE minister_ok AND party_ok AND dates_ok AND session_ok GROUP BY status
      UNION ALL
      SELECT 'session', session, NULL, NULL, sum(hits)::int FROM matched
        WHERE minister_ok AND party_ok AND dates_ok AND status_ok GROUP BY session
    )
    SELECT
      (SELECT coalesce(sum(hits), 0)::int FROM matched WHERE minister_ok AND party_ok AND dates_ok AND status_ok AND session_ok) AS total,
      (${terms})::int AS terms,
      coalesce((SELECT json_agg(facet_values) FROM facet_values), '[]'::json) AS facets`;
}
