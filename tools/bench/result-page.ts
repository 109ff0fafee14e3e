/**
 * `npx tsx tools/bench/result-page.ts --database-url URL [--baseline REV] [--rounds N]`: the
 * statement behind a page of results ranked by relevance (lib/search/sql/result-page.ts) against
 * an earlier commit's. On an archive already loaded, for each query of the benchmark's classes
 * with words, its first and its tenth page (the last the full-rank window holds) run alternately
 * in both versions (medians of --rounds after a warm-up) with the search's planner settings, and
 * their rows (ids and ranks, in order) are compared: the count of pages that differ is printed
 * last (tools/bench/against-baseline.ts).
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { understandQuery } from "@/lib/search/run";
import { searchFilters, TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { NO_NAMED_FILTERS } from "@/lib/search/sql/named-filters";
import { resultPageSql, type ResultPageRow } from "@/lib/search/sql/result-page";
import { importBaseline, p50AndP95, p50Ratio, runAlternately, type Version } from "./against-baseline";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, percentile } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--baseline <rev>", "the commit whose result page to compare with", "8f0721b")
  .option("--rounds <n>", "measured runs of each page", positiveInt, 5)
  .parse()
  .opts<{ databaseUrl: string; baseline: string; rounds: number }>();

const CLASSES: readonly QueryClass[] = ["rare word", "two words", "phrase", "common word", "no hits"];
const PAGES = [{ offset: 0, label: "page 1" }, { offset: 180, label: "page 10" }] as const;
const { module: earlier, remove } = await importBaseline<{ resultPageSql: typeof resultPageSql }>(options.baseline, "lib/search/sql/result-page.ts");
const pool = createPool(options.databaseUrl, 2);

try {
  const baseline = earlier.resultPageSql;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  const slowest: { text: string; baseline: number; current: number }[] = [];
  for (const queryClass of CLASSES) {
    for (const { offset, label } of PAGES) {
      const times: Record<Version, number[]> = { baseline: [], current: [] };
      for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
        const { params } = parseSearchParams(new URLSearchParams(text));
        const { plan } = await understandQuery(query, params.q);
        const filters = searchFilters(params, plan, NO_NAMED_FILTERS);
        const page = { filters, plan, sort: params.sort, offset, limit: params.size };
        const statements = { baseline: baseline(page), current: resultPageSql(page) };
        const rowsOf = async (version: Version) =>
          JSON.stringify((await query<ResultPageRow>(statements[version], TEXT_MATCH_SETTINGS)).map((row) => [row.id, row.rank]));
        const { ms: own, results } = await runAlternately(options.rounds, { baseline: () => rowsOf("baseline"), current: () => rowsOf("current") });
        times.baseline.push(...own.baseline);
        times.current.push(...own.current);
        slowest.push({ text: `${decodeURIComponent(text)} (${label})`, baseline: percentile(own.baseline, 50), current: percentile(own.current, 50) });
        if (results.baseline !== results.current) {
          differing += 1;
          console.log(`differs: ${text} (${label})`);
        }
      }
      rows.push([`${queryClass}, ${label}`, p50AndP95(times.baseline), p50AndP95(times.current), p50Ratio(times)]);
    }
  }
  console.log(markdownTable(["class (24 queries)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log("\nthe five slowest now, p50 ms before -> now:");
  for (const entry of slowest.sort((a, b) => b.current - a.current).slice(0, 5)) {
    console.log(`  ${entry.text}: ${formatMs(entry.baseline)} -> ${formatMs(entry.current)}`);
  }
  console.log(`\npages that differ: ${differing}`);
} finally {
  remove();
  await pool.end();
}
