/**
 * A throwaway PostgreSQL primary and a streaming replica of it, for the operations test: initdb
 * into a temporary folder, `pg_basebackup -R` for the replica (it starts in recovery and follows
 * the primary's WAL), each on its own loopback port with its socket in the folder. PostgreSQL
 * refuses to run as root, so when the test runs as root the servers run as the `postgres` user
 * (runuser), which owns their folders.
 */
import { appendFileSync, chownSync, mkdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { onCleanup, runToEnd } from "./processes";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const SERVER_USER = "postgres";

export type Server = {
  name: string;
  port: number;
  dataDir: string;
  url: (database?: string) => string;
  start: () => void;
  stop: () => void;
  query: <Row extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<Row[]>;
};

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL binary as the user who owns the servers. */
function asServerUser(binary: string, args: string[]): string {
  const command = path.join(BIN, binary);
  return isRoot ? runToEnd("runuser", ["-u", SERVER_USER, "--", command, ...args]) : runToEnd(command, args);
}

function ownedFolder(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (isRoot) {
    const { uid, gid } = userInfoOf(SERVER_USER);
    chownSync(dir, uid, gid);
  }
  return dir;
}

function userInfoOf(name: string): { uid: number; gid: number } {
  const line = runToEnd("id", ["-u", name]).trim();
  const group = runToEnd("id", ["-g", name]).trim();
  return { uid: Number(line), gid: Number(group) };
}

function server(name: string, root: string, port: number, dataDir: string): Server {
  const socketDir = path.join(root, `${name}-socket`);
  const logFile = path.join(root, `${name}.log`);
  const superuser = isRoot ? SERVER_USER : userInfo().username;
  const self: Server = {
    name,
    port,
    dataDir,
    url: (database = "postgres") => `postgresql://${superuser}@127.0.0.1:${port}/${database}`,
    start: () =>
      void asServerUser("pg_ctl", ["start", "-w", "-t", "60", "-D", dataDir, "-l", logFile, "-o", `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1`]),
    stop: () => void asServerUser("pg_ctl", ["stop", "-w", "-m", "fast", "-D", dataDir]),
    query: async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: self.url(), connectionTimeoutMillis: 3_000 });
      await client.connect();
      try {
        return (await client.query<Row>(sql, values)).rows;
      } finally {
        await client.end();
      }
    },
  };
  ownedFolder(socketDir);
  return self;
}

export async function startPrimaryAndReplica(root: string, ports: { primary: number; replica: number }): Promise<{ primary: Server; replica: Server }> {
  const base = ownedFolder(path.join(root, "postgres"));
  const primary = server("primary", base, ports.primary, path.join(base, "primary"));
  // initdb's trust set-up includes `host replication all 127.0.0.1/32 trust`, which pg_basebackup uses.
  asServerUser("initdb", ["-D", primary.dataDir, "-A", "trust", "-U", isRoot ? SERVER_USER : userInfo().username, "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8"]);
  // A throwaway: no fsync; room for the replica's WAL sender (the replica copies these settings).
  appendFileSync(
    path.join(primary.dataDir, "postgresql.conf"),
    "\n# operations test\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nwal_level = replica\nmax_wal_senders = 4\nhot_standby = on\nshared_buffers = 32MB\n",
  );
  onCleanup("PostgreSQL primary", () => stopIfRunning(primary));
  primary.start();

  const replica = server("replica", base, ports.replica, path.join(base, "replica"));
  asServerUser("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", isRoot ? SERVER_USER : userInfo().username, "-D", replica.dataDir, "-R", "-X", "stream", "--no-sync"]);
  onCleanup("PostgreSQL replica", () => stopIfRunning(replica));
  replica.start();
  return { primary, replica };
}

function stopIfRunning(server: Server): void {
  try {
    asServerUser("pg_ctl", ["status", "-D", server.dataDir]);
  } catch {
    return; // Not running.
  }
  asServerUser("pg_ctl", ["stop", "-w", "-m", "immediate", "-D", server.dataDir]);
}
