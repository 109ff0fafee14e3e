/**
 * `npx tsx tools/bench/facets.ts --database-url URL [--rounds N]`: what searches without words
 * cost reading question_facet (the narrow copy of the filter, facet and sort columns, migration
 * 20261201230000_question_facet) against reading the question table itself, on an archive
 * already loaded. For each query of the search benchmark's classes without words ("filters, no
 * words", "minister filter", "author filter"), the facet statement and the sorted page, the same
 * statements with only the table changed, run alternately (medians of --rounds), and the two
 * tables' sizes.
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { Prisma } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters, type SearchFilters } from "@/lib/search/sql/filters";
import { resultPageSql } from "@/lib/search/sql/result-page";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, percentile } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--rounds <n>", "runs of each statement on each table", positiveInt, 5)
  .parse()
  .opts<{ databaseUrl: string; rounds: number }>();

const CLASSES: readonly QueryClass[] = ["filters, no words", "minister filter", "author filter"];
const pool = createPool(options.databaseUrl, 2);
const query = poolExecutor(pool);

async function timed(sql: Prisma.Sql): Promise<number> {
  const start = performance.now();
  await query(sql);
  return performance.now() - start;
}

/** The facet counts and the first page, as runSearch sends them for a search without words. */
function statements(filters: SearchFilters, sort: ReturnType<typeof parseSearchParams>["params"]["sort"]): Prisma.Sql[] {
  return [facetCountsSql(filters, null), resultPageSql({ filters, plan: null, sort, offset: 0, limit: 20 })];
}

const sizes = await query<{ question: string; facet: string }>(Prisma.sql`
  SELECT pg_size_pretty(pg_relation_size('question')) AS question, pg_size_pretty(pg_relation_size('question_facet')) AS facet`);
const rows: string[][] = [];
for (const queryClass of CLASSES) {
  const narrow: number[] = [];
  const wide: number[] = [];
  for (const { query: text } of buildQuerySet().filter((entry) => entry.queryClass === queryClass)) {
    const { params } = parseSearchParams(new URLSearchParams(text));
    const filters = searchFilters(params, null);
    const onFacets = statements(filters, params.sort);
    const onQuestion = statements({ ...filters, table: Prisma.sql`question` }, params.sort);
    for (const sql of [...onFacets, ...onQuestion]) await query(sql); // warm-up
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? [onFacets, onQuestion] : [onQuestion, onFacets];
      for (const set of order) {
        let total = 0;
        for (const sql of set) total += await timed(sql);
        (set === onFacets ? narrow : wide).push(total);
      }
    }
  }
  const [a, b] = [percentile(wide, 50), percentile(narrow, 50)];
  rows.push([queryClass, `${formatMs(a)} / ${formatMs(percentile(wide, 95))}`, `${formatMs(b)} / ${formatMs(percentile(narrow, 95))}`, (a / b).toFixed(1)]);
}
console.log(`heap: question ${sizes[0]?.question}, question_facet ${sizes[0]?.facet}\n`);
console.log(markdownTable(["class (24 queries)", "question: p50 / p95 ms", "question_facet: p50 / p95 ms", "p50 ratio"], rows));
await pool.end();
