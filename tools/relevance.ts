/**
 * `npm run relevance`: loads the judged corpus into a fresh database, runs every judged query
 * through the search the app uses (lib/search/run.ts, the same SQL as /api/search) and prints the
 * table: per query the rank of each expected question, then recall@10, MRR and false hits.
 * On the embedded PGlite by default; `--database-url postgresql://...` (a server where a
 * throwaway database may be created) runs it on PostgreSQL too. Exits 1 below the thresholds.
 */
import { Command } from "commander";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";
import { databaseTargets, migrateAndSeed, testPool } from "@/tests/support/databases";
import { JUDGED_CORPUS } from "@/tests/relevance/judged-queries";
import { formatReport, scoreJudgedSet, THRESHOLDS } from "@/tests/relevance/relevance";

const program = new Command()
  .description("Score the search against the judged query set (tests/relevance)")
  .option("--database-url <url>", "also run on this PostgreSQL server, in a throwaway database")
  .parse();
const options = program.opts<{ databaseUrl?: string }>();
if (options.databaseUrl) process.env.TEST_DATABASE_URL = options.databaseUrl;

let passed = true;
for (const target of databaseTargets()) {
  const database = await target.create();
  const pool = testPool(database, 4);
  try {
    const summary = await migrateAndSeed(pool, JUDGED_CORPUS);
    if (summary.failed.length > 0) throw new Error(`corpus failed to load: ${JSON.stringify(summary.failed)}`);
    const query = poolExecutor(pool);
    const report = await scoreJudgedSet(async (q) => {
      const outcome = await runSearch(query, parseSearchParams(new URLSearchParams({ q, size: "50" })));
      return outcome.kind === "results" ? outcome.hits.map((hit) => hit.record.id) : [outcome.id];
    });
    console.log(formatReport(report, `Judged query set on ${target.name}`), "\n");
    passed &&= report.recallAt10 >= THRESHOLDS.recallAt10 && report.mrr >= THRESHOLDS.mrr && report.falseHits <= THRESHOLDS.falseHits;
  } finally {
    await pool.end();
    await database.drop();
  }
}
process.exit(passed ? 0 : 1);
