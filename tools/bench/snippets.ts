/**
 * `npx tsx tools/bench/snippets.ts --database-url URL [--baseline REV] [--rounds N]`: the snippet
 * statements (headlinesSql, lib/search/sql/result-page.ts) against those of an earlier commit,
 * on an archive already loaded. For each query of the benchmark's word classes, the page's ids
 * are found once, then each language's statement of both versions runs alternately (medians of
 * --rounds after a warm-up), and the snippets of the two are compared: the count of statements
 * whose snippets differ is printed last. The earlier version is read with `git show` into a file
 * beside the current one, so that its imports resolve, and removed after.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchParams } from "@/lib/search/parse-params";
import type { TextPlan } from "@/lib/search/plan";
import { understandQuery } from "@/lib/search/run";
import { searchFilters, TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { headlinesSql, resultPageSql } from "@/lib/search/sql/result-page";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, percentile } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--baseline <rev>", "the commit whose snippet statements to compare with (before the string search)", "2bc98ce")
  .option("--rounds <n>", "measured runs of each statement", positiveInt, 3)
  .parse()
  .opts<{ databaseUrl: string; baseline: string; rounds: number }>();

type Headlines = (language: "fr" | "nl", plan: TextPlan, ids: string[]) => Prisma.Sql;
const CLASSES: readonly QueryClass[] = ["rare word", "two words", "phrase", "common word"];
const baselineFile = path.resolve("lib/search/sql/result-page.baseline.ts");
writeFileSync(baselineFile, execFileSync("git", ["show", `${options.baseline}:lib/search/sql/result-page.ts`]));
const pool = createPool(options.databaseUrl, 2);
try {
  const baseline = ((await import(baselineFile)) as { headlinesSql: Headlines }).headlinesSql;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  for (const queryClass of CLASSES) {
    const times: Record<"baseline" | "current", number[]> = { baseline: [], current: [] };
    for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
      const { params } = parseSearchParams(new URLSearchParams(text));
      const { plan } = await understandQuery(query, params.q ?? "");
      const page = await query<{ id: string }>(resultPageSql({ filters: searchFilters(params, plan, await resolveNamedFilters(query, params)), plan, sort: params.sort, offset: 0, limit: params.size }), TEXT_MATCH_SETTINGS);
      const ids = page.map((row) => row.id);
      for (const language of ["fr", "nl"] as const) {
        const statements = { baseline: baseline(language, plan, ids), current: headlinesSql(language, plan, ids) };
        const snippets: Record<string, string> = {};
        for (let round = 0; round <= options.rounds; round += 1) {
          // Round 0 warms up; then each round starts with the other version.
          for (const version of round % 2 === 0 ? (["current", "baseline"] as const) : (["baseline", "current"] as const)) {
            const start = performance.now();
            const result = await query<{ id: string; headline: string }>(statements[version]);
            if (round > 0) times[version].push(performance.now() - start);
            snippets[version] = JSON.stringify(result.map((row) => [row.id, row.headline]).sort());
          }
        }
        if (snippets.baseline !== snippets.current) differing += 1;
      }
    }
    const cell = (ms: number[]) => `${formatMs(percentile(ms, 50))} / ${formatMs(percentile(ms, 95))}`;
    rows.push([queryClass, cell(times.baseline), cell(times.current), (percentile(times.baseline, 50) / percentile(times.current, 50)).toFixed(1)]);
  }
  console.log(markdownTable(["class (24 queries × 2 languages)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log(`\nstatements whose snippets differ: ${differing}`);
} finally {
  rmSync(baselineFile, { force: true });
  await pool.end();
}
