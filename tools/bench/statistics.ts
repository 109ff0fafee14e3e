/**
 * `npx tsx tools/bench/statistics.ts [--count 2000]`: what the statistics pages (issue 10) cost,
 * on a synthetic archive loaded into a fresh PostgreSQL database with the app's loader.
 *
 * Times, over node-postgres (the same Prisma.sql statements the app runs through Prisma, via the
 * executor seam of lib/db/sql.ts), the statements behind each page: the ministers page (every
 * addressee's figures, default sort and sorted by median, one legislature, each with the
 * legislatures of its filter, side by side as listMinisterFigures runs them), a minister's page
 * (figures, histogram, months, for the addressee with most questions), the home page's figures
 * and months, the members and parties tables. Reports p50 and p95 of --rounds runs after a
 * warm-up, in one process; the target is the ministers page under 100 ms at p95 on
 * 100,000 questions.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import pg from "pg";
import { positiveInt } from "@/lib/cli/arguments";
import type { Prisma } from "@/lib/generated/prisma/client";
import { migrate } from "@/lib/db/migrate";
import { poolExecutor } from "@/lib/db/sql";
import { finishLoad } from "@/lib/db/after-load";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { archiveFiguresSql } from "@/lib/stats/sql/archive-figures";
import { delayHistogramSql } from "@/lib/stats/sql/delay-histogram";
import { archiveLegislaturesSql } from "@/lib/stats/sql/legislatures";
import { membersSql } from "@/lib/stats/sql/members";
import { ministersSql, type MinisterRow } from "@/lib/stats/sql/ministers";
import { monthlySql } from "@/lib/stats/sql/monthly";
import { partiesSql } from "@/lib/stats/sql/parties";
import { generateCorpus } from "@/tools/corpus";
import { markdownTable, percentile } from "./stats";

const options = new Command()
  .name("bench:statistics")
  .option("-n, --count <n>", "documents in the corpus", positiveInt, 2_000)
  .option("--server <url>", "PostgreSQL server", "postgresql://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "database created (and dropped) for the run", "archive_bench_statistics")
  .option("--data-dir <dir>", "where the corpus is written", "bench-data/statistics")
  .option("--rounds <n>", "runs of each timed statement", positiveInt, 30)
  .option("--database-url <url>", "measure an archive already loaded (npm run bench:search makes one) instead of loading one; it is left as it is")
  .parse()
  .opts<{ count: number; server: string; database: string; dataDir: string; rounds: number; databaseUrl?: string }>();

if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) throw new InvalidArgumentError(`--database: not a plain name: ${options.database}`);

function urlOf(database: string): string {
  const url = new URL(options.server);
  url.pathname = `/${database}`;
  return url.toString();
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

async function main(): Promise<void> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl ?? urlOf(options.database), max: 4 });
  // The DROP ... WITH (FORCE) at the end ends any connection still idle in the pool: expected.
  pool.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "57P01") console.error(error.message);
  });
  const loaded = options.databaseUrl ? null : await loadFreshArchive(pool);
  try {
    const query = poolExecutor(pool);
    const today = new Date().toISOString().slice(0, 10);
    const [busiest] = await query<MinisterRow>(ministersSql({ scope: {}, today, limit: 1 }));
    if (!busiest) throw new Error("no addressee in the loaded archive");
    const { rows: [legislature] } = await pool.query<{ legislature: number }>("SELECT legislature FROM question LIMIT 1");

    const statements: [string, Prisma.Sql[]][] = [
      // The ministers page runs its table and the legislatures of its filter side by side.
      ["ministers page: table (default sort: questions) + legislatures", [ministersSql({ scope: {}, today }), archiveLegislaturesSql()]],
      ["ministers page: table sorted by median + legislatures", [ministersSql({ scope: {}, today, sort: "median", direction: "desc" }), archiveLegislaturesSql()]],
      ["ministers page: table of one legislature + legislatures", [ministersSql({ scope: { legislature: legislature?.legislature ?? null }, today }), archiveLegislaturesSql()]],
      ["the legislatures alone", [archiveLegislaturesSql()]],
      ["minister page: figures + histogram + months (busiest addressee)", [
        archiveFiguresSql({ addresseeId: busiest.addressee_id }, today),
        delayHistogramSql({ addresseeId: busiest.addressee_id }, 30),
        monthlySql({ addresseeId: busiest.addressee_id }),
      ]],
      ["home page: archive figures + months", [archiveFiguresSql({}, today), monthlySql({})]],
      ["members table", [membersSql({ scope: {}, today })]],
      ["parties table", [partiesSql({ scope: {}, today })]],
    ];
    const rows: string[][] = [];
    for (const [label, sqls] of statements) {
      // A page's statements run side by side, as the page runs them.
      const run = () => Promise.all(sqls.map((sql) => query(sql)));
      await run();
      const times: number[] = [];
      for (let round = 0; round < options.rounds; round += 1) {
        const start = performance.now();
        await run();
        times.push(performance.now() - start);
      }
      rows.push([label, ms(percentile(times, 50)), ms(percentile(times, 95))]);
    }
    const { rows: [counts] } = await pool.query<{ questions: number; addressees: number }>(
      "SELECT count(*)::int AS questions, count(DISTINCT addressee_id)::int AS addressees FROM question");
    console.log(`\n${counts?.questions ?? 0} questions, ${counts?.addressees ?? 0} addressees, PostgreSQL ${(await pool.query("SHOW server_version")).rows[0].server_version}, ${options.rounds} rounds\n`);
    console.log(markdownTable(["statements", "p50 (ms)", "p95 (ms)"], rows));
  } finally {
    await pool.end();
    await loaded?.drop();
  }
}

/** A fresh database with the synthetic corpus loaded by the app's loader; drop() removes it. */
async function loadFreshArchive(pool: pg.Pool): Promise<{ drop: () => Promise<void> }> {
  const corpusDir = path.resolve(options.dataDir, `corpus-${options.count}`);
  mkdirSync(corpusDir, { recursive: true });
  if (readdirSync(corpusDir).length < options.count) {
    for (const document of generateCorpus({ count: options.count, seed: "1" })) writeFileSync(path.join(corpusDir, document.fileName), document.text);
  }
  const admin = new pg.Client({ connectionString: options.server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${options.database}`);
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
    await admin.end();
  };
  try {
    const client = await pool.connect();
    await migrate(client);
    client.release();
    const files = (await collectSourceFiles([corpusDir])).slice(0, options.count);
    const summary = await seedDocuments({ pool, files });
    // The loader's last step, as `npm run seed` ends: the facet counts folded, then VACUUM ANALYZE.
    await finishLoad(pool, { changedDocuments: summary.loaded + summary.updated });
  } catch (error) {
    await pool.end();
    await drop();
    throw error;
  }
  return { drop };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
