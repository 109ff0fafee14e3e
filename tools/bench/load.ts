/**
 * `npm run bench:load [-- --database-url URL]`: the load benchmark. Builds the app
 * (NEXT_DIST_DIR=.next-load), starts it with `npm start` on an archive already loaded in
 * PostgreSQL (by default the search benchmark's 100,000-document database), and drives it with
 * autocannon over loopback, three scenarios one after the other:
 *  - question pages: /fr|nl/questions/{id}, over a fixed sample of 2,000 ids;
 *  - mixed searches: the search page with the search benchmark's query set (8 classes);
 *  - API: /api/search with the same queries, and /api/questions/{id}, alternately.
 * Each scenario runs for --duration seconds with --connections connections, and the whole set
 * runs --runs times in a row on the same server, sampling the Next.js server's resident memory
 * every second: requests/s, p50/p99 latency, errors, non-2xx answers, and memory before, during
 * and after each run. Linux only (memory is read from /proc). Not part of `npm test`.
 *
 * `--origin URL` measures a server that is already running (an nginx in front of several nodes,
 * say) instead of starting one; memory is then not sampled.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type autocannonType from "autocannon";
import { Command } from "commander";
import pg from "pg";
import { positiveInt } from "@/lib/cli/arguments";
import { buildQuerySet } from "./query-set";
import { markdownTable } from "./stats";

const program = new Command()
  .name("bench:load")
  .description("Load benchmark of a production build: question pages, mixed searches, the API")
  .option("--database-url <url>", "an archive already loaded (npm run bench:search makes one)", "postgresql://postgres@127.0.0.1:5432/archive_bench_100000_1")
  .option("--port <n>", "port of the app under test", positiveInt, 3430)
  .option("--connections <n>", "concurrent connections", positiveInt, 50)
  .option("--duration <s>", "seconds per scenario", positiveInt, 60)
  .option("--runs <n>", "times the three scenarios run in a row", positiveInt, 3)
  .option("--origin <url>", "measure this running server instead of starting one")
  .option("--skip-build", "use an existing build in .next-load")
  .option("--out <dir>", "where the raw results go (JSON)", "bench-data/load")
  .parse();

type Options = {
  databaseUrl: string; port: number; connections: number; duration: number; runs: number;
  origin?: string; skipBuild?: boolean; out: string;
};
const options = program.opts<Options>();
const DIST_DIR = ".next-load";

type Scenario = { name: string; paths: string[] };
type Measurement = {
  run: number; scenario: string; requestsPerSecond: number; p50Ms: number; p99Ms: number;
  requests: number; errors: number; timeouts: number; non2xx: number;
  /** Searches the server answered "did not finish in time" (a 200 page with the message, or a 503). */
  unavailable: number | null;
  rssBeforeMb: number | null; rssPeakMb: number | null; rssAfterMb: number | null;
};

const log = (message: string) => process.stderr.write(`bench:load: ${message}\n`);

async function main(): Promise<void> {
  const autocannon = await importAutocannon();
  const scenarios = await buildScenarios();
  let server: ChildProcess | undefined;
  let origin = options.origin;
  if (!origin) {
    if (!options.skipBuild) {
      log(`building the app into ${DIST_DIR}`);
      execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" } });
    }
    origin = `http://127.0.0.1:${options.port}`;
    server = await startServer(origin);
  }
  const appPid = server ? nextServerPid(server.pid!) : null;
  const memory = appPid ? sampleMemory(appPid) : null;
  try {
    log("warming up: 5 s of each scenario, 10 connections");
    for (const scenario of scenarios) await drive(autocannon, origin, scenario, { connections: 10, duration: 5 });
    const afterWarmUp = memory?.current() ?? null;
    const measurements: Measurement[] = [];
    for (let run = 1; run <= options.runs; run++) {
      for (const scenario of scenarios) {
        const before = memory?.current() ?? null;
        const unavailableBefore = unavailableSearches;
        memory?.resetPeak();
        log(`run ${run}, ${scenario.name}: ${options.connections} connections, ${options.duration} s`);
        const result = await drive(autocannon, origin, scenario, { connections: options.connections, duration: options.duration });
        measurements.push({
          run,
          scenario: scenario.name,
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          requests: result.requests.total,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          unavailable: server ? unavailableSearches - unavailableBefore : null,
          rssBeforeMb: before,
          rssPeakMb: memory?.peak() ?? null,
          rssAfterMb: memory?.current() ?? null,
        });
      }
    }
    report(measurements, afterWarmUp);
    mkdirSync(options.out, { recursive: true });
    const file = path.join(options.out, `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify({ options, afterWarmUpMb: afterWarmUp, measurements, memorySamples: memory?.samples() ?? [] }, null, 2));
    log(`raw results in ${file}`);
  } finally {
    memory?.stop();
    if (server) await stopServer(server);
  }
}

async function importAutocannon(): Promise<typeof autocannonType> {
  try {
    return (await import("autocannon")).default;
  } catch (error) {
    throw new Error(`autocannon is one of the tools' own dependencies: run \`npm run tools:install\` first (${String(error)})`);
  }
}

/** The same requests at every run: 2,000 ids in a fixed order, the search benchmark's queries. */
async function buildScenarios(): Promise<Scenario[]> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ id: string }>("SELECT id FROM question ORDER BY md5(id) LIMIT 2000");
  await client.end();
  if (rows.length === 0) throw new Error(`no question in ${options.databaseUrl}: load an archive first (npm run bench:search -- --count 100000)`);
  const ids = rows.map((row) => row.id);
  const queries = buildQuerySet().map((entry) => entry.query);
  const locales = ["fr", "nl"];
  return [
    { name: "question pages", paths: ids.map((id, index) => `/${locales[index % 2]}/questions/${id}`) },
    { name: "mixed searches", paths: queries.map((query, index) => `/${locales[index % 2]}/search?${query}`) },
    {
      name: "API",
      paths: queries.flatMap((query, index) => [`/api/search?${query}`, `/api/questions/${ids[index % ids.length]}`]),
    },
  ];
}

function drive(autocannon: typeof autocannonType, origin: string, scenario: Scenario, load: { connections: number; duration: number }) {
  let next = 0;
  return autocannon({
    url: origin,
    connections: load.connections,
    duration: load.duration,
    timeout: 30,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: scenario.paths[next++ % scenario.paths.length]! }),
      },
    ],
  });
}

/** The server's "search unavailable" log lines so far (counted, not printed). */
let unavailableSearches = 0;

/** Passes the server's output on, line by line, but counts its "search unavailable" JSON lines instead. */
function countUnavailableSearches(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): void {
  let pending = "";
  stream.on("data", (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      if (line.startsWith("{") && line.includes('"msg":"search unavailable"')) unavailableSearches += 1;
      else out.write(`${line}\n`);
    }
  });
}

async function startServer(origin: string): Promise<ChildProcess> {
  log(`starting the app on ${origin}`);
  const server = spawn("npm", ["start"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: options.databaseUrl, PORT: String(options.port), NODE_ENV: "production" },
  });
  // The app's log is JSON lines on standard output (lib/observability/logger.ts).
  countUnavailableSearches(server.stdout!, process.stdout);
  countUnavailableSearches(server.stderr!, process.stderr);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the app stopped during its start");
    const response = await fetch(`${origin}/en`).catch(() => null);
    if (response?.ok) return server;
    await sleep(500);
  }
  throw new Error("the app did not answer within 120 s");
}

async function stopServer(server: ChildProcess): Promise<void> {
  try {
    process.kill(server.pid!, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 15_000;
  while (server.exitCode === null && Date.now() < deadline) await sleep(100);
  if (server.exitCode === null) process.kill(-server.pid!, "SIGKILL");
}

/** The Next.js server under `npm start`: npm -> node scripts/serve.ts -> next-server. */
function nextServerPid(npmPid: number): number | null {
  const children = (pid: number) =>
    execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(pid)], { encoding: "utf8" })
      .trim().split("\n").filter(Boolean).map((line) => line.trim().split(/\s+/, 2) as [string, string]);
  try {
    for (const [servePid] of children(npmPid)) {
      const next = children(Number(servePid)).find(([, command]) => command.startsWith("next-server"));
      if (next) return Number(next[0]);
    }
  } catch {
    // ps found nothing
  }
  log("could not find the next-server process: memory is not sampled");
  return null;
}

function rssMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
    return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
  } catch {
    return null;
  }
}

function sampleMemory(pid: number) {
  const samples: { at: number; rssMb: number }[] = [];
  let peak = 0;
  const take = () => {
    const value = rssMb(pid);
    if (value === null) return;
    samples.push({ at: Date.now(), rssMb: value });
    peak = Math.max(peak, value);
  };
  take();
  const timer = setInterval(take, 1_000);
  return {
    current: () => rssMb(pid),
    peak: () => peak,
    resetPeak: () => void (peak = rssMb(pid) ?? 0),
    samples: () => samples,
    stop: () => clearInterval(timer),
  };
}

function report(measurements: Measurement[], afterWarmUpMb: number | null): void {
  const mb = (value: number | null) => (value === null ? "n/a" : `${value} MB`);
  const rows = measurements.map((entry) => [
    String(entry.run),
    entry.scenario,
    entry.requestsPerSecond.toFixed(1),
    `${entry.p50Ms} ms`,
    `${entry.p99Ms} ms`,
    String(entry.errors + entry.timeouts),
    String(entry.non2xx),
    entry.unavailable === null ? "n/a" : String(entry.unavailable),
    `${mb(entry.rssBeforeMb)} → ${mb(entry.rssAfterMb)} (peak ${mb(entry.rssPeakMb)})`,
  ]);
  process.stdout.write(
    `\n${options.connections} connections, ${options.duration} s per scenario, server memory after warm-up ${mb(afterWarmUpMb)}\n\n` +
      `${markdownTable(["run", "scenario", "requests/s", "p50", "p99", "errors", "non-2xx", "searches unavailable", "server memory (RSS)"], rows)}\n`,
  );
}

await main();
