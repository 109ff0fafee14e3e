/**
 * Applies the SQL migrations in prisma/migrations in order, recording each in
 * `_prisma_migrations` exactly as Prisma Migrate does (sha256 checksum of migration.sql, name,
 * timestamps), so `prisma migrate deploy` sees them as applied wherever its engine can run.
 * Prisma's own engine cannot be downloaded on our machines: docs/decisions/0001-sql-migrations.md.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ClientBase } from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Any constant will do; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 72_150_311;

export type Migration = { name: string; sql: string; checksum: string };

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

export class MigrationError extends Error {}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function migrate(client: ClientBase, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await readMigrations());
  // Several web nodes may start at once: one migrates, the others wait and then find nothing to do.
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await ensureMigrationsTable(client);
    const applied = await appliedChecksums(client);
    const done: string[] = [];
    for (const migration of pending) {
      const checksum = applied.get(migration.name);
      if (checksum === undefined) {
        await applyOne(client, migration);
        done.push(migration.name);
      } else if (checksum !== migration.checksum) {
        throw new MigrationError(
          `prisma/migrations/${migration.name}/migration.sql was changed after it was applied; add a new migration instead`,
        );
      }
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function ensureMigrationsTable(client: ClientBase): Promise<void> {
  // The same definition Prisma Migrate creates.
  await client.query(`
    CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum"            VARCHAR(64) NOT NULL,
      "finished_at"         TIMESTAMPTZ,
      "migration_name"      VARCHAR(255) NOT NULL,
      "logs"                TEXT,
      "rolled_back_at"      TIMESTAMPTZ,
      "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
}

async function appliedChecksums(client: ClientBase): Promise<Map<string, string>> {
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}

async function applyOne(client: ClientBase, migration: Migration): Promise<void> {
  await client.query("BEGIN");
  try {
    const startedAt = new Date();
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${migration.name} failed: ${reason}`);
  }
}
