/**
 * `npx tsx tools/bench/snippets.ts --database-url URL [--baseline REV] [--rounds N]`: the snippet
 * statements (headlinesSql, lib/search/sql/result-page.ts) against those of an earlier commit,
 * on an archive already loaded. For each query of the benchmark's word classes, the page's ids
 * are found once, then each language's statement of both versions runs alternately (medians of
 * --rounds after a warm-up), and the snippets of the two are compared: the count of statements
 * whose snippets differ is printed last (tools/bench/against-baseline.ts).
 */
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
import { importBaseline, p50AndP95, p50Ratio, runAlternately, type Version } from "./against-baseline";
import { buildQuerySet, type QueryClass } from "./query-set";
import { markdownTable } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--baseline <rev>", "the commit whose snippet statements to compare with (before the string search)", "2bc98ce")
  .option("--rounds <n>", "measured runs of each statement", positiveInt, 3)
  .parse()
  .opts<{ databaseUrl: string; baseline: string; rounds: number }>();

type Headlines = (language: "fr" | "nl", plan: TextPlan, ids: string[]) => Prisma.Sql;
const CLASSES: readonly QueryClass[] = ["rare word", "two words", "phrase", "common word"];
const { module: earlier, remove } = await importBaseline<{ headlinesSql: Headlines }>(options.baseline, "lib/search/sql/result-page.ts");
const pool = createPool(options.databaseUrl, 2);
try {
  const baseline = earlier.headlinesSql;
  const query = poolExecutor(pool);
  const rows: string[][] = [];
  let differing = 0;
  for (const queryClass of CLASSES) {
    const times: Record<Version, number[]> = { baseline: [], current: [] };
    for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
      const { params } = parseSearchParams(new URLSearchParams(text));
      const { plan } = await understandQuery(query, params.q ?? "");
      const page = await query<{ id: string }>(resultPageSql({ filters: searchFilters(params, plan, await resolveNamedFilters(query, params)), plan, sort: params.sort, offset: 0, limit: params.size }), TEXT_MATCH_SETTINGS);
      const ids = page.map((row) => row.id);
      for (const language of ["fr", "nl"] as const) {
        const statements = { baseline: baseline(language, plan, ids), current: headlinesSql(language, plan, ids) };
        const snippetsOf = async (version: Version) =>
          JSON.stringify((await query<{ id: string; headline: string }>(statements[version])).map((row) => [row.id, row.headline]).sort());
        const { ms, results: snippets } = await runAlternately(options.rounds, { baseline: () => snippetsOf("baseline"), current: () => snippetsOf("current") });
        times.baseline.push(...ms.baseline);
        times.current.push(...ms.current);
        if (snippets.baseline !== snippets.current) differing += 1;
      }
    }
    rows.push([queryClass, p50AndP95(times.baseline), p50AndP95(times.current), p50Ratio(times)]);
  }
  console.log(markdownTable(["class (24 queries × 2 languages)", `${options.baseline}: p50 / p95 ms`, "now: p50 / p95 ms", "p50 ratio"], rows));
  console.log(`\nstatements whose snippets differ: ${differing}`);
} finally {
  remove();
  await pool.end();
}
