/**
 * `npx tsx tools/bench/named-filters.ts --database-url URL [--baseline REV] [--rounds N]`: the
 * minister and author filters with their ids read in a round trip of their own and bound as
 * values (lib/search/sql/named-filters.ts), against an earlier commit's filters, where the ids
 * were a subquery inside each statement. On an archive already loaded, for each query of the
 * benchmark's filter classes, the statements a search page runs (the page of ids and the facet
 * counts, side by side, as lib/search/run.ts does; now after the ids' round trip) run alternately
 * in both versions (medians of --rounds after a warm-up), and their results are compared: the
 * count of queries whose page or counts differ is printed last (tools/bench/against-baseline.ts).
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor, type SqlExecutor } from "@/lib/db/sql";
import { parseSearchParams, type SearchParams } from "@/lib/search/parse-params";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters, type SearchFilters } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { resultPageSql } from "@/lib/search/sql/result-page";
import { importBaseline, p50AndP95, p50Ratio, runAlternately, type Version } from "./against-baseline";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, percentile } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--baseline <rev>", "the commit whose filters to compare with (ids as a subquery)", "86a8bcd")
  .option("--rounds <n>", "measured runs of each search", positiveInt, 5)
  .parse()
  .opts<{ databaseUrl: string; baseline: string; rounds: number }>();

type BaselineFilters = (params: SearchParams, plan: null) => SearchFilters;
const CLASSES: readonly QueryClass[] = ["minister filter", "author filter"];
const { module: earlier, remove } = await importBaseline<{ searchFilters: BaselineFilters }>(options.baseline, "lib/search/sql/filters.ts");
const pool = createPool(options.databaseUrl, 4);

/** What a search page without words runs: its page of ids and its counts, side by side. */
async function pageAndCounts(query: SqlExecutor, params: SearchParams, filters: SearchFilters): Promise<string> {
  const [page, counts] = await Promise.all([
    query<{ id: string }>(resultPageSql({ filters, plan: null, sort: params.sort, offset: 0, limit: params.size })),
    query<{ total: number; facets: unknown[] }>(facetCountsSql(filters, null)),
  ]);
  const facets = [...(counts[0]?.facets ?? [])].map((facet) => JSON.stringify(facet)).sort();
  return JSON.stringify([page.map((row) => row.id), counts[0]?.total, facets]);
}

try {
  const baseline = earlier.searchFilters;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  const slowest: { text: string; baseline: number; current: number }[] = [];
  for (const queryClass of CLASSES) {
    const times: Record<Version, number[]> = { baseline: [], current: [] };
    for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
      const { params } = parseSearchParams(new URLSearchParams(text));
      const versions = {
        baseline: () => pageAndCounts(query, params, baseline(params, null)),
        current: async () => pageAndCounts(query, params, searchFilters(params, null, await resolveNamedFilters(query, params))),
      };
      const { ms: own, results } = await runAlternately(options.rounds, versions);
      times.baseline.push(...own.baseline);
      times.current.push(...own.current);
      slowest.push({ text, baseline: percentile(own.baseline, 50), current: percentile(own.current, 50) });
      if (results.baseline !== results.current) {
        differing += 1;
        console.log(`differs: ${text}`);
      }
    }
    rows.push([queryClass, p50AndP95(times.baseline), p50AndP95(times.current), p50Ratio(times)]);
  }
  console.log(markdownTable(["class (24 queries)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log("\nthe five slowest before, p50 ms before -> now:");
  for (const entry of slowest.sort((a, b) => b.baseline - a.baseline).slice(0, 5)) {
    console.log(`  ${decodeURIComponent(entry.text)}: ${formatMs(entry.baseline)} -> ${formatMs(entry.current)}`);
  }
  console.log(`\nqueries whose page or counts differ: ${differing}`);
} finally {
  remove();
  await pool.end();
}
