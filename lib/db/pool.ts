/** A node-postgres pool for commands (seed, migrate, benchmarks); the app reads through Prisma. */
import pg from "pg";

export function createPool(url: string, max = 8): pg.Pool {
  return new pg.Pool({ connectionString: url, max });
}
