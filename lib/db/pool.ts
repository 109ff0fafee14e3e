/** A node-postgres pool for commands (seed, migrate, benchmarks); the app reads through Prisma. */
import pg from "pg";

export function createPool(url: string, max = 8): pg.Pool {
  return reportIdleConnectionErrors(new pg.Pool({ connectionString: url, max }));
}

/**
 * An idle connection the server closes (a restart, a failover, a dropped test database) is an
 * "error" event on its pool: without a listener Node ends the process. The pool has already let
 * the connection go and opens a new one for the next query; say what happened and go on. Every
 * pool needs this, the app's too: Prisma's adapter listens only while it holds a connection, and
 * the search's statements use the pool without it (lib/db/sql.ts).
 */
export function reportIdleConnectionErrors(pool: pg.Pool): pg.Pool {
  pool.on("error", (error) => console.error(`database connection closed: ${error.message}`));
  return pool;
}
