/**
 * The embedded default database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files
 * under .data/, served over the PostgreSQL wire protocol on a loopback port. Serving it over TCP
 * lets the app use the very same driver (pg + @prisma/adapter-pg) as with a real server: one
 * code path. While it runs, a small file records its URL so that `npm run seed` and
 * `npm run db:migrate` in another terminal talk to it instead of opening the files twice.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type RunningRecord = { url: string; pid: number };

function runningRecordPath(dataDir: string): string {
  return path.join(dataDir, "..", "embedded-server.json");
}

export async function startEmbeddedDatabase(options: { dataDir: string; port?: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { unaccent, pg_trgm } });
  // pg.Pool opens several connections; the socket server queues their queries onto one PGlite.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 20 });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  const recordPath = runningRecordPath(dataDir);
  await writeFile(recordPath, JSON.stringify({ url, pid: process.pid } satisfies RunningRecord));
  let stopped = false;
  return {
    url,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      await rm(recordPath, { force: true });
    },
  };
}

/** The URL of an embedded database that another live process is serving, if any. */
export async function findRunningEmbeddedDatabase(dataDir: string): Promise<string | undefined> {
  let record: RunningRecord;
  try {
    record = JSON.parse(await readFile(runningRecordPath(path.resolve(dataDir)), "utf8")) as RunningRecord;
  } catch {
    return undefined;
  }
  return isProcessAlive(record.pid) ? record.url : undefined;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
