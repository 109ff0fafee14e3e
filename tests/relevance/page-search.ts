/**
 * The ids of the first page (100) of results for a query, as the search orders them: the
 * statements runSearch runs for its page (the query read and widened through the vocabulary,
 * then the result page), without the facet counts, names and snippets, which decide nothing
 * about what is found or in which order. `withCompounds: false` leaves the Dutch compounds out of
 * every word's forms, to measure what compound matching adds (npm run relevance -- --compounds).
 */
import type { SqlExecutor } from "@/lib/db/sql";
import { planText } from "@/lib/search/plan";
import { MAX_PAGE_SIZE, parseSearchParams } from "@/lib/search/parse-params";
import { understandQuery } from "@/lib/search/run";
import { searchFilters, TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { resultPageSql, type ResultPageRow } from "@/lib/search/sql/result-page";

export type FoundIds = (q: string) => Promise<string[]>;

export function firstPageSearch(query: SqlExecutor, { withCompounds = true }: { withCompounds?: boolean } = {}): FoundIds {
  return async (q) => {
    const { params } = parseSearchParams(new URLSearchParams({ q, size: String(MAX_PAGE_SIZE) }));
    const understood = await understandQuery(query, q);
    if (!withCompounds) for (const forms of understood.expansion.values()) forms.nl.compounds = [];
    const plan = withCompounds ? understood.plan : planText(understood.parsed, understood.expansion);
    const page = resultPageSql({ filters: searchFilters(params, plan, await resolveNamedFilters(query, params)), plan, sort: "relevance", offset: 0, limit: params.size });
    return (await query<ResultPageRow>(page, TEXT_MATCH_SETTINGS)).map((row) => row.id);
  };
}
