/**
 * The total, the number of searchable terms and the facet counts (minister, party, year, status,
 * session)
 * of a search, in one statement and one pass: the matching rows are read once into a narrow
 * materialized set carrying, for each faceted filter, whether the row passes it; each facet then
 * counts the rows that pass every filter but its own (so choosing a minister still shows the
 * other ministers' counts). One row comes back, with the facet values as a JSON array.
 * (Measured against GROUPING SETS with one FILTER per facet: that evaluates every filter four
 * times per row and was slower, 250 ms against 200 ms for a filter on 100,000 rows.)
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
      SELECT q.addressee_id, q.author_party, q.asked_year, q.status, q.session,
             ${filters.minister} AS minister_ok, ${filters.party} AS party_ok,
             ${filters.dates} AS dates_ok, ${filters.status} AS status_ok, ${filters.session} AS session_ok
      FROM ${filters.table} q
      WHERE ${filters.text} AND ${filters.others}
    ), by_minister AS (
      SELECT addressee_id, count(*)::int AS count FROM matched
      WHERE party_ok AND dates_ok AND status_ok AND session_ok GROUP BY addressee_id
    ), facet_values AS (
      SELECT 'minister' AS facet, a.title_fr AS value, a.title_fr AS label_fr, a.title_nl AS label_nl, m.count
        FROM by_minister m JOIN addressee a ON a.id = m.addressee_id
      UNION ALL
      SELECT 'party', author_party, NULL, NULL, count(*)::int FROM matched
        WHERE minister_ok AND dates_ok AND status_ok AND session_ok GROUP BY author_party
      UNION ALL
      SELECT 'year', asked_year::text, NULL, NULL, count(*)::int FROM matched
        WHERE minister_ok AND party_ok AND status_ok AND session_ok GROUP BY asked_year
      UNION ALL
      SELECT 'status', status, NULL, NULL, count(*)::int FROM matched
        WHERE minister_ok AND party_ok AND dates_ok AND session_ok GROUP BY status
      UNION ALL
      SELECT 'session', session, NULL, NULL, count(*)::int FROM matched
        WHERE minister_ok AND party_ok AND dates_ok AND status_ok GROUP BY session
    )
    SELECT
      (SELECT count(*)::int FROM matched WHERE minister_ok AND party_ok AND dates_ok AND status_ok AND session_ok) AS total,
      (${terms})::int AS terms,
      coalesce((SELECT json_agg(facet_values) FROM facet_values), '[]'::json) AS facets`;
}
