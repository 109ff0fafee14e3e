/**
 * `npx tsx tools/bench/facets.ts --database-url URL [--rounds N]`: what the facet counts of a
 * search without words cost, three ways, on an archive already loaded: counting the questions of
 * question_facet one by one (the first design), reading the counts of combinations by month
 * (question_facet_count and its log, migration 20261204090000_question_facet_count) and reading
 * them by year where the search has no dates or whole years (question_facet_year_count, migration
 * 20261207220000), and where its dates cut a year, by month for that year only. For each query of the search
 * benchmark's classes without words ("filters, no words", "minister filter"; the "author filter"
 * reads question_facet either way), the statements run alternately (medians of --rounds), and
 * the tables' sizes.
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { facetRows, monthCountRows } from "@/lib/search/sql/facet-rows";
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

const sizes = await query<{ counts: string; years: string; facet: string }>(Prisma.sql`
  SELECT pg_size_pretty(pg_total_relation_size('question_facet_count') + pg_total_relation_size('question_facet_change')) AS counts,
         pg_size_pretty(pg_total_relation_size('question_facet_year_count')) AS years,
         pg_size_pretty(pg_relation_size('question_facet')) AS facet`);
const WAYS = ["questions one by one", "combinations by month", "by year but in the years the dates cut"] as const;
const rows: string[][] = [];
for (const queryClass of CLASSES) {
  const timings: number[][] = WAYS.map(() => []);
  for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
    const { params } = parseSearchParams(new URLSearchParams(text));
    const filters = searchFilters(params, null, await resolveNamedFilters(query, params));
    const statements = [
      facetCountsSql({ ...filters, facetRows: { from: filters.table, hits: Prisma.sql`count(*)` } }, null),
      facetCountsSql({ ...filters, facetRows: monthCountRows(params.from, params.to) }, null),
      facetCountsSql({ ...filters, facetRows: facetRows(params, null, filters.table) }, null),
    ];
    for (const sql of statements) await query(sql); // warm-up
    for (let round = 0; round < options.rounds; round += 1) {
      // Each round starts with another of the ways, so none is always first or last.
      for (let step = 0; step < statements.length; step += 1) {
        const way = (round + step) % statements.length;
        timings[way]?.push(await timed(statements[way] ?? Prisma.empty));
      }
    }
  }
  const cells = timings.map((ms) => `${formatMs(percentile(ms, 50))} / ${formatMs(percentile(ms, 95))}`);
  rows.push([queryClass, ...cells]);
}
console.log(`question_facet heap ${sizes[0]?.facet}; question_facet_count with its log ${sizes[0]?.counts}; question_facet_year_count ${sizes[0]?.years}\n`);
console.log(markdownTable(["class (24 queries)", ...WAYS.map((way) => `${way}: p50 / p95 ms`)], rows));
await pool.end();
