/** A node-postgres pool for commands (seed, migrate, benchmarks); the app reads through Prisma. */
import pg from "pg";
import { logFailure } from "@/lib/observability/logger";

export function createPool(url: string, max = 8): pg.Pool {
  return reportIdleConnectionErrors(new pg.Pool({ connectionString: url, max }));
}

/**
 * An idle connection the server closes (a restart, a failover, a dropped test database) is an
 * "error" event on its pool: without a listener Node ends the process. The pool has already let
 * the connection go and opens a new one for the next query; say what happened and go on. Every
 * pool needs this, the app's too: Prisma's adapter listens only while it holds a connection, and
 * the search's statements use the pool without it (lib/db/sql.ts). One JSON line (lib/observability/logger.ts).
 */
export function reportIdleConnectionErrors(pool: pg.Pool): pg.Pool {
  // No request caused it (the connection was idle): logged without a request id.
  pool.on("error", (error) => logFailure("database connection closed", error, { request: null, level: "warn" }));
  return pool;
}
