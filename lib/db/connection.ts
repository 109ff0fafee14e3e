/**
 * Which database a process talks to: DATABASE_URL when given; otherwise the embedded database
 * under EMBEDDED_DATA_DIR, which exactly one process owns at a time (lib/db/embedded.ts).
 * - A command (seed, migrate) joins the owner when one serves the folder, or becomes the owner
 *   for the length of the command.
 * - The server (`npm run dev`, `npm start`) must own the folder, and refuses to start when
 *   another process does: serving from someone else's database would end with theirs.
 */
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { readEnv } from "@/lib/env";
import { displayPath, EmbeddedDatabaseBusyError, embeddedPaths, joinEmbeddedDatabase, readServerRecord, startEmbeddedDatabase } from "./embedded";
import { migrate, type MigrationRun } from "./migrate";
import { createPool } from "./pool";

export type DatabaseHandle = {
  url: string;
  /** "server": DATABASE_URL; "owner": this process serves the embedded folder; "guest": another process does. */
  role: "server" | "owner" | "guest";
  /** The embedded folder's owner: this process, or the one it joined. */
  ownerPid?: number;
  /**
   * Migrations this process applied while opening: an owner migrates before it lets guests in
   * (see startEmbeddedDatabase), so a command's own migrate() finds nothing left to do.
   */
  migrations: MigrationRun;
  /** An embedded owner found the state file of a previous owner that died without stopping. */
  replacedStaleOwner?: number | null;
  release: (options?: { guestGraceMs?: number }) => Promise<void>;
};

const NO_MIGRATIONS: MigrationRun = { applied: [], reapplied: [] };

/**
 * How many connections a process may hold on a database: as many as it wants on a server, one on
 * the embedded database. PGlite is a single session behind its socket server, which interleaves
 * the extended-protocol messages (Parse, Bind, Execute, Sync) of concurrent connections: one
 * connection's Parse replaces another's unnamed statement between that one's Parse and Bind
 * ("unnamed prepared statement does not exist", or a statement bound to the wrong parameters;
 * electric-sql/pglite#1046, open). PGlite runs one statement at a time whatever the number of
 * connections, so one connection costs no throughput.
 */
export function connectionsFor(database: Pick<DatabaseHandle, "role">, wanted: number): number {
  return database.role === "server" ? wanted : 1;
}

/** How long a command waits for an owner that is starting (PGlite's cold start takes seconds). */
const OWNER_START_WAIT_MS = 60_000;

export async function openDatabase(
  options: { waitMs?: number; onWaitingForGuests?: () => void } = { onWaitingForGuests: reportWaitingForGuests },
): Promise<DatabaseHandle> {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, role: "server", migrations: NO_MIGRATIONS, release: async () => {} };
  const deadline = Date.now() + (options.waitMs ?? OWNER_START_WAIT_MS);
  for (;;) {
    try {
      return await ownEmbeddedDatabase(env.EMBEDDED_DATA_DIR, options.onWaitingForGuests);
    } catch (error) {
      if (!(error instanceof EmbeddedDatabaseBusyError)) throw error;
    }
    const guest = await joinEmbeddedDatabase(env.EMBEDDED_DATA_DIR);
    if (guest) {
      return {
        url: guest.url,
        role: "guest",
        ownerPid: guest.ownerPid,
        migrations: NO_MIGRATIONS,
        release: async () => guest.leave(),
      };
    }
    if (Date.now() >= deadline) {
      const owner = await readServerRecord(embeddedPaths(env.EMBEDDED_DATA_DIR).serverRecord);
      throw new Error(
        `The embedded database in ${displayPath(path.resolve(env.EMBEDDED_DATA_DIR))} is held by ` +
          `${owner ? `process ${owner.pid}` : "another process"}, which did not start serving it within ` +
          `${Math.round((options.waitMs ?? OWNER_START_WAIT_MS) / 1000)} s: wait for it to finish, or stop it.`,
      );
    }
    await sleep(100);
  }
}

/** For the server: DATABASE_URL, or the embedded folder as its owner (EmbeddedDatabaseBusyError otherwise). */
export async function openDatabaseAsOwner(): Promise<DatabaseHandle> {
  const env = readEnv();
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, role: "server", migrations: NO_MIGRATIONS, release: async () => {} };
  return ownEmbeddedDatabase(env.EMBEDDED_DATA_DIR);
}

function reportWaitingForGuests(): void {
  process.stderr.write("waiting for the other commands using the embedded database to finish...\n");
}

async function ownEmbeddedDatabase(dataDir: string, onWaitingForGuests?: () => void): Promise<DatabaseHandle> {
  let migrations = NO_MIGRATIONS;
  const embedded = await startEmbeddedDatabase({ dataDir, prepare: async (url) => void (migrations = await migrateAt(url)) });
  return {
    url: embedded.url,
    role: "owner",
    ownerPid: process.pid,
    migrations,
    replacedStaleOwner: embedded.replacedStaleOwner,
    release: (options = {}) => embedded.stop({ guestGraceMs: options.guestGraceMs, onWaitingForGuests }),
  };
}

async function migrateAt(url: string): Promise<MigrationRun> {
  const pool = createPool(url, 1);
  try {
    const client = await pool.connect();
    try {
      return await migrate(client);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
