/**
 * `npx tsx tools/bench/facets.ts --database-url URL [--rounds N]`: what the facet counts of a
 * search without words cost read from the counts of combinations (question_facet_count and its
 * log, migration 20261204090000_question_facet_count) against counting the questions of
 * question_facet one by one (the design before it), on an archive already loaded. For each query
 * of the search benchmark's classes without words ("filters, no words", "minister filter"; the
 * "author filter" reads question_facet either way), the two statements run alternately (medians
 * of --rounds), and the two tables' sizes.
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters } from "@/lib/search/sql/filters";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, percentile } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--rounds <n>", "runs of each statement on each table", positiveInt, 5)
  .parse()
  .opts<{ databaseUrl: string; rounds: number }>();

const CLASSES: readonly QueryClass[] = ["filters, no words", "minister filter"];
const pool = createPool(options.databaseUrl, 2);
const query = poolExecutor(pool);

async function timed(sql: Prisma.Sql): Promise<number> {
  const start = performance.now();
  await query(sql);
  return performance.now() - start;
}

const sizes = await query<{ counts: string; facet: string }>(Prisma.sql`
  SELECT pg_size_pretty(pg_total_relation_size('question_facet_count') + pg_total_relation_size('question_facet_change')) AS counts,
         pg_size_pretty(pg_relation_size('question_facet')) AS facet`);
const rows: string[][] = [];
for (const queryClass of CLASSES) {
  const combinations: number[] = [];
  const oneByOne: number[] = [];
  for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
    const { params } = parseSearchParams(new URLSearchParams(text));
    const filters = searchFilters(params, null);
    const fromCounts = facetCountsSql(filters, null);
    const fromRows = facetCountsSql({ ...filters, facetRows: { from: filters.table, hits: Prisma.sql`count(*)` } }, null);
    for (const sql of [fromCounts, fromRows]) await query(sql); // warm-up
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? [fromCounts, fromRows] : [fromRows, fromCounts];
      for (const sql of order) (sql === fromCounts ? combinations : oneByOne).push(await timed(sql));
    }
  }
  const [a, b] = [percentile(oneByOne, 50), percentile(combinations, 50)];
  rows.push([queryClass, `${formatMs(a)} / ${formatMs(percentile(oneByOne, 95))}`, `${formatMs(b)} / ${formatMs(percentile(combinations, 95))}`, (a / b).toFixed(1)]);
}
console.log(`question_facet heap ${sizes[0]?.facet}; question_facet_count with its log ${sizes[0]?.counts}\n`);
console.log(markdownTable(["class (24 queries)", "questions one by one: p50 / p95 ms", "combinations: p50 / p95 ms", "p50 ratio"], rows));
await pool.end();
