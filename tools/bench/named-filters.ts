/**
 * `npx tsx tools/bench/named-filters.ts --database-url URL [--baseline REV] [--rounds N]`: the
 * minister and author filters with their ids read in a round trip of their own and bound as
 * values (lib/search/sql/named-filters.ts), against an earlier commit's filters, where the ids
 * were a subquery inside each statement. On an archive already loaded, for each query of the
 * benchmark's filter classes, the statements a search page runs (the page of ids and the facet
 * counts, side by side, as lib/search/run.ts does; now after the ids' round trip) run alternately
 * in both versions (medians of --rounds after a warm-up), and their results are compared: the
 * count of queries whose page or counts differ is printed last. The earlier filters are read
 * with `git show` into a file beside the current one, so that their imports resolve, and removed
 * after.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor, type SqlExecutor } from "@/lib/db/sql";
import { parseSearchParams, type SearchParams } from "@/lib/search/parse-params";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters, type SearchFilters } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { resultPageSql } from "@/lib/search/sql/result-page";
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
const baselineFile = path.resolve("lib/search/sql/filters.baseline.ts");
writeFileSync(baselineFile, execFileSync("git", ["show", `${options.baseline}:lib/search/sql/filters.ts`]));
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
  const baseline = ((await import(baselineFile)) as { searchFilters: BaselineFilters }).searchFilters;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  const slowest: { text: string; baseline: number; current: number }[] = [];
  for (const queryClass of CLASSES) {
    const times: Record<"baseline" | "current", number[]> = { baseline: [], current: [] };
    for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
      const { params } = parseSearchParams(new URLSearchParams(text));
      const versions = {
        baseline: () => pageAndCounts(query, params, baseline(params, null)),
        current: async () => pageAndCounts(query, params, searchFilters(params, null, await resolveNamedFilters(query, params))),
      };
      const results: Record<string, string> = {};
      const own: Record<"baseline" | "current", number[]> = { baseline: [], current: [] };
      for (let round = 0; round <= options.rounds; round += 1) {
        // Round 0 warms up; then each round starts with the other version.
        for (const version of round % 2 === 0 ? (["current", "baseline"] as const) : (["baseline", "current"] as const)) {
          const start = performance.now();
          results[version] = await versions[version]();
          if (round > 0) {
            times[version].push(performance.now() - start);
            own[version].push(performance.now() - start);
          }
        }
      }
      slowest.push({ text, baseline: percentile(own.baseline, 50), current: percentile(own.current, 50) });
      if (results.baseline !== results.current) {
        differing += 1;
        console.log(`differs: ${text}`);
      }
    }
    const cell = (ms: number[]) => `${formatMs(percentile(ms, 50))} / ${formatMs(percentile(ms, 95))}`;
    rows.push([queryClass, cell(times.baseline), cell(times.current), (percentile(times.baseline, 50) / percentile(times.current, 50)).toFixed(1)]);
  }
  console.log(markdownTable(["class (24 queries)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log("\nthe five slowest before, p50 ms before -> now:");
  for (const entry of slowest.sort((a, b) => b.baseline - a.baseline).slice(0, 5)) {
    console.log(`  ${decodeURIComponent(entry.text)}: ${formatMs(entry.baseline)} -> ${formatMs(entry.current)}`);
  }
  console.log(`\nqueries whose page or counts differ: ${differing}`);
} finally {
  rmSync(baselineFile, { force: true });
  await pool.end();
}
