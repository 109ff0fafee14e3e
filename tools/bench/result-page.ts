/**
 * `npx tsx tools/bench/result-page.ts --database-url URL [--baseline REV] [--rounds N]`: the
 * statement behind a page of results ranked by relevance (lib/search/sql/result-page.ts) against
 * an earlier commit's. On an archive already loaded, for each query of the benchmark's classes
 * with words, its first and its tenth page (the last the full-rank window holds) run alternately
 * in both versions (medians of --rounds after a warm-up) with the search's planner settings, and
 * their rows (ids and ranks, in order) are compared: the count of pages that differ is printed
 * last. The earlier statement is read with `git show` into a file beside the current one, so
 * that its imports resolve, and removed after.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { understandQuery } from "@/lib/search/run";
import { searchFilters, TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { NO_NAMED_FILTERS } from "@/lib/search/sql/named-filters";
import { resultPageSql, type ResultPageRow } from "@/lib/search/sql/result-page";
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
const baselineFile = path.resolve("lib/search/sql/result-page.baseline.ts");
writeFileSync(baselineFile, execFileSync("git", ["show", `${options.baseline}:lib/search/sql/result-page.ts`]));
const pool = createPool(options.databaseUrl, 2);

try {
  const baseline = ((await import(baselineFile)) as { resultPageSql: typeof resultPageSql }).resultPageSql;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  const slowest: { text: string; baseline: number; current: number }[] = [];
  for (const queryClass of CLASSES) {
    for (const { offset, label } of PAGES) {
      const times: Record<"baseline" | "current", number[]> = { baseline: [], current: [] };
      for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
        const { params } = parseSearchParams(new URLSearchParams(text));
        const { plan } = await understandQuery(query, params.q);
        const filters = searchFilters(params, plan, NO_NAMED_FILTERS);
        const page = { filters, plan, sort: params.sort, offset, limit: params.size };
        const statements = { baseline: baseline(page), current: resultPageSql(page) };
        const results: Record<string, string> = {};
        const own: Record<"baseline" | "current", number[]> = { baseline: [], current: [] };
        for (let round = 0; round <= options.rounds; round += 1) {
          // Round 0 warms up; then each round starts with the other version.
          for (const version of round % 2 === 0 ? (["current", "baseline"] as const) : (["baseline", "current"] as const)) {
            const start = performance.now();
            const found = await query<ResultPageRow>(statements[version], TEXT_MATCH_SETTINGS);
            const ms = performance.now() - start;
            results[version] = JSON.stringify(found.map((row) => [row.id, row.rank]));
            if (round > 0) {
              times[version].push(ms);
              own[version].push(ms);
            }
          }
        }
        slowest.push({ text: `${decodeURIComponent(text)} (${label})`, baseline: percentile(own.baseline, 50), current: percentile(own.current, 50) });
        if (results.baseline !== results.current) {
          differing += 1;
          console.log(`differs: ${text} (${label})`);
        }
      }
      const cell = (ms: number[]) => `${formatMs(percentile(ms, 50))} / ${formatMs(percentile(ms, 95))}`;
      rows.push([`${queryClass}, ${label}`, cell(times.baseline), cell(times.current), (percentile(times.baseline, 50) / percentile(times.current, 50)).toFixed(1)]);
    }
  }
  console.log(markdownTable(["class (24 queries)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log("\nthe five slowest now, p50 ms before -> now:");
  for (const entry of slowest.sort((a, b) => b.current - a.current).slice(0, 5)) {
    console.log(`  ${entry.text}: ${formatMs(entry.baseline)} -> ${formatMs(entry.current)}`);
  }
  console.log(`\npages that differ: ${differing}`);
} finally {
  rmSync(baselineFile, { force: true });
  await pool.end();
}
