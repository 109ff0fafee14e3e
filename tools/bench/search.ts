/**
 * `npm run bench:search [-- --count 100000 --reuse]`: the search benchmark.
 *
 *  1. writes a synthetic corpus (npm run corpus) or reuses one;
 *  2. loads it into a fresh PostgreSQL database with the app's loader (`npm run seed -- DIR`) as
 *     a child process measured with /usr/bin/time -v (documents per second, peak memory);
 *  3. builds the app (NEXT_DIST_DIR=.next-search), starts it on the loaded database and runs
 *     the fixed query set (tools/bench/query-set.ts) through GET /api/search, then the same
 *     statements directly over node-postgres (lib/search/run.ts with a pg executor), then the
 *     same queries on SQLite FTS5 over the same corpus;
 *  4. prints p50/p95/p99 per query class, the HTTP/SQL ratio, and writes everything as JSON.
 *
 * Not part of `npm test`. `--count 2000` runs it in about a minute, for CI.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import pg from "pg";
import { positiveInt } from "@/lib/cli/arguments";
import { APP_SESSION_OPTIONS } from "@/lib/db/pool-settings";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch, type SearchOutcome } from "@/lib/search/run";
import { buildQuerySet, QUERY_CLASSES, type BenchQuery, type QueryClass } from "./query-set";
import { formatMs, markdownTable, summarize, type Summary } from "./stats";

const program = new Command()
  .name("bench:search")
  .description("Seeding and search latency on a synthetic archive, over HTTP, in SQL and in SQLite FTS5")
  .option("-n, --count <n>", "documents in the corpus", positiveInt, 100_000)
  .option("-s, --seed <seed>", "corpus seed", "1")
  .option("--data-dir <dir>", "where the corpus, SQLite file and results go", "bench-data/search")
  .option("--server <url>", "PostgreSQL server (a fresh database is created on it)", "postgresql://postgres@127.0.0.1:5432/postgres")
  .option("--reuse", "reuse the corpus and the loaded databases from an earlier run with the same count and seed")
  .option("--rounds <n>", "times each query is measured", positiveInt, 3)
  .option("--port <n>", "port of the app under test", positiveInt, 3430)
  .option("--skip-build", "use an existing build in .next-search")
  .option("--no-sqlite", "leave out the SQLite FTS5 baseline (at a million documents its facet queries take minutes each)")
  .parse();

type Options = {
  count: number; seed: string; dataDir: string; server: string; reuse?: boolean;
  rounds: number; port: number; skipBuild?: boolean; sqlite: boolean;
};
const options = program.opts<Options>();
const DIST_DIR = ".next-search";

type LoadResult = { loader: string; database: string; documents: number; seconds: number; documentsPerSecond: number; peakMemoryMb: number; summary: string };
type Timings = Record<QueryClass, { ms: number[]; timeouts: number }>;

async function main(): Promise<void> {
  // Checked first: a missing dependency should not surface after minutes of loading.
  const baseline = options.sqlite ? await importSqliteBaseline() : null;
  const dataDir = path.resolve(options.dataDir);
  const corpusDir = path.join(dataDir, `corpus-${options.count}-${options.seed}`);
  mkdirSync(dataDir, { recursive: true });
  ensureCorpus(corpusDir);

  const loads: LoadResult[] = [];
  const database = `archive_bench_${options.count}_${options.seed}`.replace(/\W/g, "_");
  const queryDatabase = databaseUrl(database);
  if (options.reuse && (await isLoaded(queryDatabase, database))) {
    log(`reusing database ${database}`);
  } else {
    await recreateDatabase(database);
    loads.push(runLoader(queryDatabase, corpusDir, database));
    await markLoaded(database);
  }

  const pool = new pg.Pool({ connectionString: queryDatabase, max: 4, options: APP_SESSION_OPTIONS });
  await pool.query("VACUUM ANALYZE");
  const queries = buildQuerySet();
  const matchShares = await measureMatchShares(pool, queries);

  const http = await withServer(queryDatabase, (baseUrl) => timeAll(queries, (query) => httpSearch(baseUrl, query)));
  const sql = await timeAll(queries, async (query) => (await sqlSearch(pool, query), true));
  let fts: Timings | null = null;
  if (baseline) {
    const sqlite = await baseline.loadSqlite(pool, path.join(dataDir, `sqlite-${options.count}-${options.seed}.db`));
    log(`SQLite FTS5 loaded in ${sqlite.seconds.toFixed(1)} s`);
    fts = await timeAll(queries, async (query) => (baseline.searchSqlite(sqlite.db, query.query), true));
    sqlite.db.close();
  }
  const { rows: [size] } = await pool.query<{ bytes: string }>("SELECT pg_database_size(current_database()) AS bytes");
  await pool.end();

  report({ loads, http, sql, fts, matchShares, dataDir, databaseBytes: Number(size?.bytes ?? 0) });
}

/** better-sqlite3 is a dependency of tools/ only, so that installing the app compiles no native code. */
async function importSqliteBaseline(): Promise<typeof import("./sqlite-fts")> {
  try {
    return await import("./sqlite-fts");
  } catch (error) {
    throw new Error(`the SQLite FTS5 baseline needs the tools' own dependencies: run \`npm run tools:install\` first (${String(error)})`);
  }
}

function ensureCorpus(corpusDir: string): void {
  const present = existsSync(corpusDir) ? readdirSync(corpusDir).filter((name) => name.endsWith(".txt")).length : 0;
  if (options.reuse && present === options.count) {
    log(`reusing corpus ${corpusDir}`);
    return;
  }
  log(`writing ${options.count} documents to ${corpusDir}`);
  execFileSync("npm", ["run", "--silent", "corpus", "--", "--count", String(options.count), "--out", corpusDir, "--seed", options.seed], { stdio: "inherit" });
}

function databaseUrl(database: string): string {
  const url = new URL(options.server);
  url.pathname = `/${database}`;
  return url.toString();
}

/** The comment the benchmark puts on a database its loader finished loading (some documents may have failed). */
const LOADED_MARK = "bench:search: load complete";

/** Runs `work` on a connection to the server's maintenance database (`--server`), closed afterwards. */
async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: options.server });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

async function isLoaded(url: string, database: string): Promise<boolean> {
  const { rows } = await withAdmin((admin) =>
    admin.query<{ mark: string | null }>("SELECT shobj_description(oid, 'pg_database') AS mark FROM pg_database WHERE datname = $1", [database]));
  return rows[0]?.mark === LOADED_MARK || (await countQuestions(url)) === options.count;
}

// Database names are built from our own options (letters, digits, underscores only), never from input.
async function markLoaded(database: string): Promise<void> {
  await withAdmin((admin) => admin.query(`COMMENT ON DATABASE ${database} IS '${LOADED_MARK}'`));
}

async function countQuestions(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM question");
    return rows[0]?.n ?? 0;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

async function recreateDatabase(database: string): Promise<void> {
  await withAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  });
  execFileSync("npm", ["run", "--silent", "db:migrate"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl(database) } });
}

/** Runs a loader as a child process under /usr/bin/time -v: wall time and peak memory of the whole tree. */
function runLoader(url: string, corpusDir: string, database: string): LoadResult {
  const loader = "npm run seed";
  const command = ["npm", "run", "--silent", "seed", "--", corpusDir];
  log(`loading with ${loader}: ${command.join(" ")}`);
  const startedAt = performance.now();
  // /usr/bin/time reports on stderr, the loader its summary on stdout: both are read.
  const run = spawnSync("/usr/bin/time", ["-v", ...command], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const output = `${run.stdout}${run.stderr}`;
  const seconds = (performance.now() - startedAt) / 1000;
  const summary = /\d+ loaded, \d+ updated, \d+ unchanged, \d+ failed[^\n]*/.exec(output)?.[0] ?? "no summary";
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? Number.NaN);
  const documents = Number(/^(\d+) loaded/.exec(summary)?.[1] ?? 0);
  log(`${loader}: ${summary}; ${(documents / seconds).toFixed(0)} documents/s; peak ${(peakKb / 1024).toFixed(0)} MB`);
  return { loader, database, documents, seconds, documentsPerSecond: documents / seconds, peakMemoryMb: peakKb / 1024, summary };
}

/** Share of the archive each text query matches, to show that "common" means > 10 %. */
async function measureMatchShares(pool: pg.Pool, queries: BenchQuery[]): Promise<Record<QueryClass, number[]>> {
  const shares = Object.fromEntries(QUERY_CLASSES.map((name) => [name, [] as number[]])) as Record<QueryClass, number[]>;
  const total = (await pool.query<{ n: number }>("SELECT count(*)::int AS n FROM question")).rows[0]?.n ?? 1;
  for (const query of queries) {
    const outcome = await sqlSearch(pool, query);
    shares[query.queryClass].push((outcome.kind === "results" ? outcome.total : 1) / total);
  }
  return shares;
}

async function sqlSearch(pool: pg.Pool, query: BenchQuery): Promise<SearchOutcome> {
  return runSearch(poolExecutor(pool), parseSearchParams(new URLSearchParams(query.query)));
}

/** False when the app answered 503: the database cancelled the search at its statement timeout (what a reader then waits for). */
async function httpSearch(baseUrl: string, query: BenchQuery): Promise<boolean> {
  const response = await fetch(`${baseUrl}/api/search?${query.query}`);
  await response.arrayBuffer();
  if (response.status === 503) return false;
  if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${query.query}`);
  return true;
}

/** One warm-up pass, then `rounds` measured passes, one query at a time; `run` is false for a search that timed out. */
async function timeAll(queries: BenchQuery[], run: (query: BenchQuery) => Promise<boolean>): Promise<Timings> {
  const timings = Object.fromEntries(QUERY_CLASSES.map((name) => [name, { ms: [] as number[], timeouts: 0 }])) as Timings;
  for (const query of queries) await run(query);
  for (let round = 0; round < options.rounds; round++) {
    for (const query of queries) {
      const startedAt = performance.now();
      const answered = await run(query);
      timings[query.queryClass].ms.push(performance.now() - startedAt);
      if (!answered) timings[query.queryClass].timeouts += 1;
    }
  }
  return timings;
}

async function withServer<T>(databaseUrl: string, measure: (baseUrl: string) => Promise<T>): Promise<T> {
  if (!options.skipBuild) {
    log(`building the app into ${DIST_DIR}`);
    execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const server = spawn("npm", ["start"], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: databaseUrl, PORT: String(options.port), NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  try {
    await waitForServer(baseUrl, server);
    return await measure(baseUrl);
  } finally {
    // The server is our own child's process group (npm -> tsx -> next): stop that group only.
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

async function waitForServer(baseUrl: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/search?q=warmup`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start within 2 minutes");
}

type Report = {
  loads: LoadResult[]; http: Timings; sql: Timings; fts: Timings | null; matchShares: Record<QueryClass, number[]>; dataDir: string; databaseBytes: number;
};

function report({ loads, http, sql, fts, matchShares, dataDir, databaseBytes }: Report): void {
  const summaries = QUERY_CLASSES.map((name) => ({
    name, http: summarize(http[name].ms), sql: summarize(sql[name].ms), fts: fts ? summarize(fts[name].ms) : null,
    share: matchShares[name], httpTimeouts: http[name].timeouts,
  }));
  const cell = (summary: Summary) => `${formatMs(summary.p50)} / ${formatMs(summary.p95)} / ${formatMs(summary.p99)}`;
  const share = (values: number[]) => values.length ? `${(100 * Math.min(...values)).toFixed(2)}–${(100 * Math.max(...values)).toFixed(2)} %` : "-";
  console.log(`\n## Search benchmark: ${options.count} documents, seed ${options.seed}, ${os.cpus().length} cores, ${new Date().toISOString()}\n`);
  console.log(`database size: ${(databaseBytes / 1024 ** 3).toFixed(2)} GiB\n`);
  if (loads.length > 0) {
    console.log(markdownTable(
      ["loader", "documents", "seconds", "documents/s", "peak memory (MB)"],
      loads.map((load) => [load.loader, String(load.documents), load.seconds.toFixed(1), load.documentsPerSecond.toFixed(0), load.peakMemoryMb.toFixed(0)]),
    ));
    console.log();
  }
  console.log(markdownTable(
    ["class (queries × rounds)", "matches (share of archive)", "HTTP p50 / p95 / p99 ms", "HTTP 503 (timed out)", "SQL p50 / p95 / p99 ms", "HTTP/SQL at p50", "SQLite FTS5 p50 / p95 / p99 ms"],
    summaries.map((row) => [
      `${row.name} (${row.http.count})`, share(row.share), cell(row.http), String(row.httpTimeouts), cell(row.sql), (row.http.p50 / row.sql.p50).toFixed(2), row.fts ? cell(row.fts) : "not run",
    ]),
  ));
  const file = path.join(dataDir, `results-${options.count}-${options.seed}.json`);
  writeFileSync(file, JSON.stringify({ count: options.count, seed: options.seed, cores: os.cpus().length, databaseBytes, loads, summaries, raw: { http, sql, fts } }, null, 2));
  console.log(`\nraw timings: ${file}`);
}

function log(message: string): void {
  process.stderr.write(`bench:search: ${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:search failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
