/**
 * `npm run dev` / `npm start`: makes sure a database is there (DATABASE_URL, or the embedded one,
 * owned by this process), migrates it, seeds it from seeds/ when empty, then runs `next dev` or
 * `next start` with DATABASE_URL pointing at it.
 *
 * Shutdown. SIGTERM, SIGINT or SIGHUP, sent to this process or to its whole process group (a
 * terminal's Ctrl-C, systemd, a container runtime), stops Next.js first (it stops accepting
 * connections and finishes the requests in flight), then the embedded database (checkpoint,
 * close, state file removed, lock dropped). The npm scripts `exec` node, so that npm's forwarded
 * signal reaches this process rather than a shell that would die and orphan it. Next.js gets
 * SHUTDOWN_TIMEOUT_MS to exit before it is killed; a second signal (a second or more after the
 * first: npm forwards a group's signal once more) kills it at once. Next.js is
 * also told to stop when this process disappears (SIGKILL), through its IPC channel
 * (scripts/exit-with-parent.cjs), so the server never outlives the database it uses.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { connectionsFor, type DatabaseHandle, openDatabaseAsOwner } from "@/lib/db/connection";
import { createPool } from "@/lib/db/pool";
import { prepareDatabase } from "@/lib/db/prepare";
import { publicOrigin, readEnv } from "@/lib/env";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  process.stderr.write("usage: node --import tsx scripts/serve.ts dev|start\n");
  process.exit(2);
}

/** Guests of the embedded database (a seed running beside the server) get this long to finish. */
const GUEST_GRACE_MS = 2_000;

let database: DatabaseHandle | undefined;
let next: ChildProcess | undefined;
let stopSignal: NodeJS.Signals | undefined;
let killTimer: NodeJS.Timeout | undefined;
let isFinishing = false;
let shutdownTimeoutMs = 10_000;

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => requestStop(signal));

/**
 * A signal sent to the whole process group (systemd's default, a container runtime) reaches this
 * process twice: directly, and forwarded by npm a moment later. Only a second signal after this
 * long is someone asking again.
 */
const REPEATED_SIGNAL_MS = 1_000;
let stopRequestedAt = 0;

function requestStop(signal: NodeJS.Signals): void {
  if (stopSignal) {
    if (Date.now() - stopRequestedAt < REPEATED_SIGNAL_MS) return;
    // Asked twice: no more patience.
    next?.kill("SIGKILL");
    return;
  }
  stopSignal = signal;
  stopRequestedAt = Date.now();
  console.log(`server: stopping (${signal})`);
  // Still preparing (a long first seed, say): stop the database now; the preparation fails and ends.
  if (!next) return void finish(0);
  next.kill(signal);
  killTimer = setTimeout(() => {
    console.error(`server: Next.js did not stop within ${shutdownTimeoutMs} ms; killing it`);
    next?.kill("SIGKILL");
  }, shutdownTimeoutMs);
}

/** Releases the database once, then exits: 0 after a requested stop, the server's code otherwise. */
async function finish(code: number): Promise<never> {
  if (isFinishing) return new Promise<never>(() => {});
  isFinishing = true;
  clearTimeout(killTimer);
  try {
    await database?.release({ guestGraceMs: GUEST_GRACE_MS });
    if (database?.role === "owner") console.log("database: checkpointed and closed");
  } catch (error) {
    console.error(`database: ${firstLine(error)}`);
    code = code || 1;
  }
  process.exit(stopSignal && code === 0 ? 0 : code);
}

async function main(): Promise<void> {
  const env = readEnv();
  shutdownTimeoutMs = env.SHUTDOWN_TIMEOUT_MS;
  database = await openDatabaseAsOwner();
  if (database.replacedStaleOwner) {
    console.log(`database: process ${database.replacedStaleOwner} had not stopped cleanly; its state file was replaced`);
  }
  if (stopSignal) return void (await finish(0));
  const pool = createPool(database.url, connectionsFor(database, 2));
  try {
    const { migrations, seeded } = await prepareDatabase(pool, { seedIfEmpty: true, extraSeedDirs: env.EXTRA_SEED_DIRS });
    const applied = [...database.migrations.applied, ...database.migrations.reapplied, ...migrations.applied, ...migrations.reapplied];
    if (applied.length > 0) console.log(`database: applied ${applied.join(", ")}`);
    if (seeded) {
      console.log(`database: loaded ${seeded.loaded} of ${seeded.loaded + seeded.failed.length} documents`);
      for (const failure of seeded.failed) console.error(`database: not loaded: ${failure.reason}`);
    }
  } finally {
    await pool.end();
  }
  if (stopSignal) return void (await finish(0));
  console.log(`database: ${database.role === "owner" ? `embedded PGlite in ${env.EMBEDDED_DATA_DIR}` : "DATABASE_URL"}`);
  if (mode === "start" && !env.PUBLIC_ORIGIN) {
    console.log(`server: PUBLIC_ORIGIN is not set; links handed out (OpenSearch, page alternates) use ${publicOrigin(env)}`);
  }

  // Node runs Next's own entry point directly (no npx or shell in between), so a signal sent to
  // this process reaches the server.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const exitWithParent = path.join(import.meta.dirname, "exit-with-parent.cjs");
  next = spawn(process.execPath, ["--require", exitWithParent, nextBin, mode!, "--port", String(env.PORT)], {
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      ...process.env,
      DATABASE_URL: database.url,
      DB_POOL_SIZE: String(connectionsFor(database, env.DB_POOL_SIZE)),
    },
  });
  next.on("exit", (code, signal) => void finish(code !== null && isExitForStopSignal(code) ? 0 : (code ?? (signal ? 1 : 0))));
}

/**
 * Next.js 16 ends with 128 + the signal's number after its clean stop on SIGTERM or SIGINT (143,
 * 130): a requested stop, so `npm start` exits 0 for systemd. Checked by code rather than by
 * `stopSignal`: a signal sent to the whole group may stop Next.js before this process has
 * handled its own copy.
 */
const CLEAN_STOP_CODES = new Set([128 + os.constants.signals.SIGTERM, 128 + os.constants.signals.SIGINT]);

function isExitForStopSignal(code: number): boolean {
  return CLEAN_STOP_CODES.has(code);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

main().catch(async (error: unknown) => {
  // Interrupted while preparing: the failure is the interruption's doing, not news.
  if (!stopSignal) process.stderr.write(`${firstLine(error)}\n`);
  await finish(stopSignal ? 0 : 1);
});
