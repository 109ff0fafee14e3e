/**
 * `npx tsx tools/bench/query-side.ts --database-url URL [--rounds N]`: what the search costs per
 * query on an archive already loaded (for example by `npm run bench:search`), over node-postgres
 * with the SQL the app runs: per query class of tools/bench/query-set.ts, the median time of the
 * whole search (page, counts, records, snippets) and, where the code has it, of the vocabulary
 * lookup that widens the words (decision 0011) on its own. Run it against the same corpus with
 * two versions of the code to compare them.
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import * as search from "@/lib/search/run";
import { buildQuerySet, QUERY_CLASSES } from "./query-set";
import { formatMs, markdownTable, summarize } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--rounds <n>", "times each query is measured", positiveInt, 3)
  .parse()
  .opts<{ databaseUrl: string; rounds: number }>();

const pool = createPool(options.databaseUrl, 4);
const query = poolExecutor(pool);
const understand = (search as { understandQuery?: (q: typeof query, text: string) => Promise<unknown> }).understandQuery;
const time = async (work: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const rows: string[][] = [];
const queries = buildQuerySet();
for (const { query: text } of queries) await search.runSearch(query, parseSearchParams(new URLSearchParams(text))); // warm-up
for (const queryClass of QUERY_CLASSES) {
  const whole: number[] = [];
  const lookup: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (const { query: text } of queries.filter((q) => q.queryClass === queryClass)) {
      const parsed = parseSearchParams(new URLSearchParams(text));
      whole.push(await time(() => search.runSearch(query, parsed)));
      if (understand && parsed.params.q) lookup.push(await time(() => understand(query, parsed.params.q)));
    }
  }
  const a = summarize(whole);
  const b = lookup.length > 0 ? summarize(lookup) : null;
  rows.push([queryClass, `${formatMs(a.p50)} / ${formatMs(a.p95)}`, b ? `${formatMs(b.p50)} / ${formatMs(b.p95)}` : "-"]);
}
console.log(markdownTable(["class", "whole search p50 / p95 ms", "vocabulary lookup p50 / p95 ms"], rows));
await pool.end();
