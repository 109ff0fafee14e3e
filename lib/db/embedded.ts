/**
 * The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files
 * under .data/, served over the PostgreSQL wire protocol on a loopback port. Serving it over TCP
 * lets the app use the very same driver (pg + @prisma/adapter-pg) as with a real server: one
 * code path.
 *
 * PGlite is single-user: two processes opening one folder corrupt each other's writes. So a
 * folder has exactly one *owner*, the process holding an exclusive OS lock on `<folder>.lock`,
 * taken before PGlite opens anything. The owner records where it serves in `<folder>.server.json`;
 * other processes (`npm run seed` beside `npm run dev`) join as *guests*: they hold a shared lock
 * on `<folder>.guests.lock` for as long as they use the owner's socket, so that the owner, when it
 * stops, waits for them (up to a grace period) instead of pulling the database from under them.
 * Only the owner writes or removes the state file; the kernel drops a crashed owner's lock, and
 * the next owner replaces the state file it left.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { type FileLock, tryLockFile } from "./folder-lock";

export type EmbeddedDatabase = {
  url: string;
  /** A previous owner's state file was found and replaced: that owner had not stopped cleanly. */
  replacedStaleOwner: number | null;
  /**
   * Stops serving: no new guest can join; guests already connected get `guestGraceMs` to finish
   * (unbounded by default, as a command's guests are other commands that do end); then a
   * checkpoint, PGlite closed, the state file removed and the lock dropped.
   */
  stop: (options?: { guestGraceMs?: number; onWaitingForGuests?: () => void }) => Promise<void>;
};

export type EmbeddedGuest = { url: string; ownerPid: number; leave: () => void };

type ServerRecord = { url: string; pid: number };

export function embeddedPaths(dataDir: string) {
  const folder = path.resolve(dataDir);
  return {
    folder,
    ownerLock: `${folder}.lock`,
    guestLock: `${folder}.guests.lock`,
    serverRecord: `${folder}.server.json`,
  };
}

export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly folder: string,
    readonly ownerPid: number | null,
  ) {
    super(
      `The embedded database in ${displayPath(folder)} is in use by ` +
        `${ownerPid ? `process ${ownerPid}` : "another process"} (npm run dev, npm start or a command): ` +
        "stop it first, or set DATABASE_URL to use a PostgreSQL server.",
    );
  }
}

/** A folder as a user would type it: relative to the working directory when inside it. */
export function displayPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : folder;
}

/**
 * Opens the folder as its one owner and serves it; EmbeddedDatabaseBusyError when another process
 * owns it. `prepare` runs on the served URL before the URL is published to guests: PGlite serves
 * every connection in one session, where the migration runner's advisory lock cannot keep two
 * migrators apart, so the owner migrates before anyone can join.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  port?: number;
  prepare?: (url: string) => Promise<void>;
}): Promise<EmbeddedDatabase> {
  const paths = embeddedPaths(options.dataDir);
  await mkdir(path.dirname(paths.folder), { recursive: true });
  const ownerLock = tryLockFile(paths.ownerLock, "exclusive");
  if (!ownerLock) throw new EmbeddedDatabaseBusyError(paths.folder, (await readServerRecord(paths.serverRecord))?.pid ?? null);
  try {
    // We hold the lock, so a record still there was left by an owner that died without stopping.
    const stale = await readServerRecord(paths.serverRecord);
    await rm(paths.serverRecord, { force: true });
    await mkdir(paths.folder, { recursive: true });
    const db = await PGlite.create(paths.folder, { extensions: { unaccent, pg_trgm } });
    // pg.Pool opens several connections; the socket server queues their queries onto one PGlite.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 20 });
    let url: string;
    try {
      await server.start();
      url = `postgresql://postgres@${server.getServerConn()}/postgres`;
      await options.prepare?.(url);
    } catch (error) {
      await server.stop();
      await db.close();
      throw error;
    }
    await writeServerRecord(paths.serverRecord, { url, pid: process.pid });
    let stopping: Promise<void> | undefined;
    return {
      url,
      replacedStaleOwner: stale?.pid ?? null,
      stop: (stopOptions = {}) =>
        (stopping ??= (async () => {
          await rm(paths.serverRecord, { force: true });
          const guestsGone = await waitForGuests(paths.guestLock, stopOptions.guestGraceMs ?? Infinity, stopOptions.onWaitingForGuests);
          await server.stop();
          try {
            // Everything written reaches the data files now, not at the next start's recovery.
            await db.exec("CHECKPOINT");
          } finally {
            await db.close();
            guestsGone?.release();
            ownerLock.release();
          }
        })()),
    };
  } catch (error) {
    ownerLock.release();
    throw error;
  }
}

/**
 * Joins the folder's owner as a guest, if one is serving it now; null when none is (nobody owns
 * the folder, or its owner is starting or stopping).
 */
export async function joinEmbeddedDatabase(dataDir: string): Promise<EmbeddedGuest | null> {
  const paths = embeddedPaths(dataDir);
  await mkdir(path.dirname(paths.folder), { recursive: true });
  // Shared lock first, record second: an owner that removes its record after this point waits for us.
  const guestLock = tryLockFile(paths.guestLock, "shared");
  if (!guestLock) return null;
  const record = await readServerRecord(paths.serverRecord);
  if (!record || !isProcessAlive(record.pid)) {
    guestLock.release();
    return null;
  }
  return { url: record.url, ownerPid: record.pid, leave: guestLock.release };
}

/** The owner's record, or null when there is none or it cannot be read (being replaced). */
export async function readServerRecord(file: string): Promise<ServerRecord | null> {
  try {
    const record = JSON.parse(await readFile(file, "utf8")) as Partial<ServerRecord>;
    return typeof record.url === "string" && typeof record.pid === "number" ? { url: record.url, pid: record.pid } : null;
  } catch {
    return null;
  }
}

async function writeServerRecord(file: string, record: ServerRecord): Promise<void> {
  // Written whole then renamed: a guest never reads half a record.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, file);
}

/** Waits until no guest holds its shared lock, or the grace period ends (then null). */
async function waitForGuests(guestLock: string, graceMs: number, onWaiting?: () => void): Promise<FileLock | null> {
  const deadline = Date.now() + graceMs;
  let hasReported = false;
  for (;;) {
    const lock = tryLockFile(guestLock, "exclusive");
    if (lock) return lock;
    if (Date.now() >= deadline) return null;
    if (!hasReported) {
      hasReported = true;
      onWaiting?.();
    }
    await sleep(50);
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
