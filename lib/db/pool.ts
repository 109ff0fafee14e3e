/** A node-postgres pool for commands (seed, migrate, benchmarks); the app reads through Prisma. */
import pg from "pg";

export function createPool(url: string, max = 8): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (a restart, a dropped test database) is an "error"
  // event on the pool: without a listener Node ends the process. The pool has already let the
  // connection go and opens a new one for the next query; say what happened and go on.
  pool.on("error", (error) => console.error(`database connection closed: ${error.message}`));
  return pool;
}
