/**
 * `npm run relevance`: loads the judged corpus into a fresh database, runs every judged query
 * through the search the app uses (lib/search/run.ts, the same SQL as /api/search) and prints the
 * table: per query the rank of each expected question, then recall@10, MRR and false hits.
 * `--inflection`: instead, the word pairs of tests/relevance/inflection-pairs.ts, each form in a
 * question of its own (tests/relevance/inflection.ts): the share of pairs found per language and
 * direction, the pairs missed and the look-alikes found. `--compounds`: the judged set with and
 * without Dutch compounds, and the questions only compounds find (tests/relevance/compounds.ts).
 * On the embedded PGlite by default; `--database-url postgresql://...` (a server where a
 * throwaway database may be created) runs it on PostgreSQL too. Exits 1 below the thresholds.
 */
import { Command } from "commander";
import type pg from "pg";
import { connectionsFor } from "@/lib/db/connection";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";
import { databaseTargets, migrateAndSeed, testPool } from "@/tests/support/databases";
import { JUDGED_CORPUS } from "@/tests/relevance/judged-queries";
import { compareCompounds, formatCompoundComparison } from "@/tests/relevance/compounds";
import { formatInflectionReport, loadInflectionArchive, passesInflection, scoreInflections } from "@/tests/relevance/inflection";
import { firstPageSearch } from "@/tests/relevance/page-search";
import { formatReport, scoreJudgedSet, THRESHOLDS } from "@/tests/relevance/relevance";

const program = new Command()
  .description("Score the search against the judged query set, or the inflection pairs (tests/relevance)")
  .option("--database-url <url>", "also run on this PostgreSQL server, in a throwaway database")
  .option("--inflection", "score the singular/plural pairs and look-alikes instead of the judged queries")
  .option("--compounds", "score the judged queries with and without Dutch compounds, and list what only compounds find")
  .parse();
const options = program.opts<{ databaseUrl?: string; inflection?: boolean; compounds?: boolean }>();
if (options.databaseUrl) process.env.TEST_DATABASE_URL = options.databaseUrl;

async function judged(pool: pg.Pool, name: string): Promise<boolean> {
  const summary = await migrateAndSeed(pool, JUDGED_CORPUS);
  if (summary.failed.length > 0) throw new Error(`corpus failed to load: ${JSON.stringify(summary.failed)}`);
  const query = poolExecutor(pool);
  const report = await scoreJudgedSet(async (q) => {
    const outcome = await runSearch(query, parseSearchParams(new URLSearchParams({ q, size: "50" })));
    return outcome.kind === "results" ? outcome.hits.map((hit) => hit.record.id) : [outcome.id];
  });
  console.log(formatReport(report, `Judged query set on ${name}`), "\n");
  return report.recallAt10 >= THRESHOLDS.recallAt10 && report.mrr >= THRESHOLDS.mrr && report.falseHits <= THRESHOLDS.falseHits;
}

async function compounds(pool: pg.Pool, name: string): Promise<boolean> {
  const summary = await migrateAndSeed(pool, JUDGED_CORPUS);
  if (summary.failed.length > 0) throw new Error(`corpus failed to load: ${JSON.stringify(summary.failed)}`);
  console.log(formatCompoundComparison(await compareCompounds(poolExecutor(pool)), `Judged query set on ${name}`), "\n");
  return true;
}

async function inflection(pool: pg.Pool, name: string, concurrency: number): Promise<boolean> {
  await migrateAndSeed(pool, []);
  const archive = await loadInflectionArchive(pool);
  if (archive.summary.failed.length > 0) throw new Error(`forms failed to load: ${JSON.stringify(archive.summary.failed)}`);
  const report = await scoreInflections(firstPageSearch(poolExecutor(pool)), archive, { concurrency });
  console.log(formatInflectionReport(report, `Inflection pairs on ${name}`), "\n");
  return passesInflection(report);
}

let passed = true;
for (const target of databaseTargets()) {
  const database = await target.create();
  const pool = testPool(database, 4);
  try {
    const run = options.inflection
      ? inflection(pool, target.name, connectionsFor(database, 4))
      : options.compounds ? compounds(pool, target.name) : judged(pool, target.name);
    passed = (await run) && passed;
  } finally {
    await pool.end();
    await database.drop();
  }
}
process.exit(passed ? 0 : 1);
