/**
 * How a raw SQL statement reaches the database. Statements are Prisma.sql tagged templates
 * (every value a bound parameter); an executor runs one and returns its rows. The app runs them
 * through its Prisma client, the command-line tools through a node-postgres pool: the same SQL
 * either way, so the benchmark measures what the app runs.
 *
 * A statement may carry planner settings of its own (StatementSettings): they are set with
 * `set_config(name, value, true)`, PostgreSQL's SET LOCAL, in a transaction around that one
 * statement, so they end with it and never reach the next statement on the pooled connection,
 * even when it fails.
 */
import type pg from "pg";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/** Run-time parameters (pg_settings names) for one statement, e.g. { enable_seqscan: "off" }. */
export type StatementSettings = Readonly<Record<string, string>>;

export type SqlExecutor = <Row>(sql: Prisma.Sql, settings?: StatementSettings) => Promise<Row[]>;

/** The statement that applies settings to the current transaction only (SET LOCAL). */
export function setLocalSql(settings: StatementSettings): Prisma.Sql {
  const names = Object.keys(settings);
  return Prisma.sql`SELECT set_config(name, value, true) FROM unnest(${names}::text[], ${names.map((name) => settings[name])}::text[]) AS s(name, value)`;
}

const hasSettings = (settings: StatementSettings | undefined): settings is StatementSettings =>
  settings !== undefined && Object.keys(settings).length > 0;

/**
 * The node-postgres pool under each Prisma client made by lib/db/prisma.ts. A statement with
 * settings runs on it directly, in our own transaction (runWithSettings), rather than in Prisma's:
 * when a statement times out on the client, node-postgres keeps the connection, whose late answer
 * would then be read as the next statement's, and Prisma gives it back to the pool. Ours discards
 * a connection whose transaction failed.
 */
// A symbol property of the client rather than a WeakMap keyed by it: the app's `db` is a Proxy
// in front of its client (lib/db/prisma.ts), which forwards a property read but is not the key.
// A registered symbol (Symbol.for), because Next.js may bundle this module into several chunks:
// the page that made the shared client and the route that reads it each have their own copy.
const CLIENT_POOL = Symbol.for("archive.clientPool");

export function registerClientPool(db: object, pool: pg.Pool): void {
  Object.defineProperty(db, CLIENT_POOL, { value: pool, enumerable: false });
}

/** The pool registered under a client; only clients made by createPrismaClient have one. */
function clientPool(db: PrismaClient, needs: string): pg.Pool {
  const pool = (db as unknown as { [CLIENT_POOL]?: pg.Pool })[CLIENT_POOL];
  if (!pool) throw new Error(`${needs} needs a Prisma client made by createPrismaClient (lib/db/prisma.ts)`);
  return pool;
}

export function prismaExecutor(db: PrismaClient): SqlExecutor {
  return async <Row>(sql: Prisma.Sql, settings?: StatementSettings) =>
    hasSettings(settings) ? runWithSettings<Row>(clientPool(db, "a statement with settings"), sql, settings) : db.$queryRaw<Row[]>(sql);
}

/**
 * Every statement on the node-postgres pool under a Prisma client made by createPrismaClient,
 * none through `$queryRaw`: for the search, whose statements are all raw SQL, so that the app
 * runs them exactly as the benchmark's direct runs do (poolExecutor) and its rows are read one
 * way. `$queryRaw` also costs a little: 0.2 ms more for a small statement and 0.4-0.6 ms more
 * for a page's twenty records at p50 (tools/bench/executor.ts, docs/benchmarks.md).
 */
export function clientPoolExecutor(db: PrismaClient): SqlExecutor {
  return poolExecutor(clientPool(db, "the pool executor"));
}

export function poolExecutor(pool: pg.Pool): SqlExecutor {
  return async <Row>(sql: Prisma.Sql, settings?: StatementSettings) =>
    hasSettings(settings) ? runWithSettings<Row>(pool, sql, settings) : ((await pool.query(sql.text, sql.values)).rows as Row[]);
}

async function runWithSettings<Row>(pool: pg.Pool, sql: Prisma.Sql, settings: StatementSettings): Promise<Row[]> {
  const client = await pool.connect();
  let failure: unknown;
  try {
    await client.query("BEGIN");
    const setLocal = setLocalSql(settings);
    await client.query(setLocal.text, setLocal.values);
    const rows = (await client.query(sql.text, sql.values)).rows as Row[];
    await client.query("COMMIT");
    return rows;
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    // A failed transaction's connection is closed, not reused: it may still owe an answer (a
    // client-side timeout) or be inside the transaction; the pool opens a fresh one.
    client.release(failure === undefined ? undefined : failure instanceof Error ? failure : new Error(String(failure)));
  }
}
