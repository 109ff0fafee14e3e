/**
 * `npx tsx tools/bench/after-load.ts [--count 10000]`: what the first readers after a bulk load
 * wait, before and after the loader's last step (lib/db/after-load.ts, issue 12). Loads a
 * synthetic corpus into a fresh PostgreSQL database with the app's loader, then times searches
 * (runSearch over node-postgres, the SQL the app runs) right away, as they were met when the
 * loader stopped there; then runs finishLoad, as `npm run seed` now does before it returns, and
 * times the same searches again. Medians of --rounds passes over each class's queries.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import pg from "pg";
import { positiveInt } from "@/lib/cli/arguments";
import { finishLoad } from "@/lib/db/after-load";
import { migrate } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";
import { generateCorpus } from "@/tools/corpus";
import { buildQuerySet, type QueryClass } from "./query-set";
import { formatMs, markdownTable, summarize } from "./stats";

const options = new Command()
  .name("bench:after-load")
  .option("-n, --count <n>", "documents in the corpus", positiveInt, 10_000)
  .option("--server <url>", "PostgreSQL server", "postgresql://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "database created (and dropped) for the run", "archive_bench_after_load")
  .option("--data-dir <dir>", "where the corpus is written", "bench-data/after-load")
  .option("--rounds <n>", "passes over each class's queries", positiveInt, 3)
  .parse()
  .opts<{ count: number; server: string; database: string; dataDir: string; rounds: number }>();

if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) throw new InvalidArgumentError(`--database: not a plain name: ${options.database}`);

const CLASSES: readonly QueryClass[] = ["no hits", "rare word", "two words", "common word", "filters, no words"];

function urlOf(database: string): string {
  const url = new URL(options.server);
  url.pathname = `/${database}`;
  return url.toString();
}

const corpusDir = path.resolve(options.dataDir, `corpus-${options.count}`);
mkdirSync(corpusDir, { recursive: true });
if (readdirSync(corpusDir).length < options.count) {
  for (const document of generateCorpus({ count: options.count, seed: "1" })) writeFileSync(path.join(corpusDir, document.fileName), document.text);
}

const admin = new pg.Client({ connectionString: options.server });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${options.database}`);
const pool = createPool(urlOf(options.database), 4);
try {
  const client = await pool.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  const loadStart = performance.now();
  const summary = await seedDocuments({ pool, files: await collectSourceFiles([corpusDir]) });
  const loadSeconds = (performance.now() - loadStart) / 1000;

  const query = poolExecutor(pool);
  const queries = buildQuerySet().filter((q) => CLASSES.includes(q.queryClass));
  /** One pass per round, no warm-up: the first pass is what the first readers meet. */
  const timeClasses = async () => {
    const times = new Map<QueryClass, number[]>(CLASSES.map((name) => [name, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      for (const { queryClass, query: text } of queries) {
        const start = performance.now();
        await runSearch(query, parseSearchParams(new URLSearchParams(text)));
        times.get(queryClass)?.push(performance.now() - start);
      }
    }
    return times;
  };
  const before = await timeClasses();
  const finished = await finishLoad(pool, { changedDocuments: summary.loaded + summary.updated });
  const after = await timeClasses();

  console.log(`${summary.loaded} documents loaded in ${loadSeconds.toFixed(0)} s; finishLoad: ${finished.work} in ${finished.seconds.toFixed(1)} s\n`);
  console.log(markdownTable(
    ["class (24 queries x rounds)", "right after the load: p50 / p95 ms", "after finishLoad: p50 / p95 ms", "p50 ratio"],
    CLASSES.map((name) => {
      const a = summarize(before.get(name) ?? []);
      const b = summarize(after.get(name) ?? []);
      return [name, `${formatMs(a.p50)} / ${formatMs(a.p95)}`, `${formatMs(b.p50)} / ${formatMs(b.p95)}`, (a.p50 / b.p50).toFixed(1)];
    }),
  ));
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.end();
}
