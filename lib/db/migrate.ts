/**
 * Brings a database's schema up to date, under one advisory lock (several web nodes may start at
 * once: one migrates, the others wait and then find nothing to do).
 *
 * - Versioned migrations (prisma/migrations/<timestamp>_<name>/migration.sql) change the
 *   schema. Each is applied once, in order, in its own transaction, and recorded in
 *   `_prisma_migrations` exactly as Prisma Migrate does (sha256 of the file, name, timestamps),
 *   so `prisma migrate deploy` sees them as applied wherever its engine can run. A migration
 *   changed after it was applied is refused. Decision 0001.
 * - Repeatable migrations (prisma/functions/*.sql) hold the current definition of each SQL
 *   function and view, each in one file, written so that running it again replaces the object
 *   (CREATE OR REPLACE). They run after the versioned ones, in file-name order, and again
 *   whenever a file's checksum changes; unchanged files are skipped. The changed files of one
 *   run are applied in one transaction: a failing file rolls them all back and is named.
 *   Recorded in `_repeatable_migrations`. The model is Flyway's repeatable migrations. Decision 0007.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { ClientBase } from "pg";
import { type Migration, readMigrationFiles, readRepeatableFiles } from "./migration-files";

export type { Migration } from "./migration-files";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
export const FUNCTIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/functions");

/** The versioned migrations, oldest first. */
export function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  return readMigrationFiles(dir);
}

/** The repeatable migrations (function and view files), in the order they are applied. */
export function readRepeatables(dir = FUNCTIONS_DIR): Promise<Migration[]> {
  return readRepeatableFiles(dir);
}

// Any constant will do; it only has to be the same for every process migrating this database.
const MIGRATION_LOCK_KEY = 72_150_311;

export class MigrationError extends Error {}

export type MigrationRun = {
  /** Versioned migrations applied by this run. */
  applied: string[];
  /** Repeatable files (re-)applied by this run: new or changed since they were last applied. */
  reapplied: string[];
};

export async function migrate(
  client: ClientBase,
  sources: { versioned?: Migration[]; repeatable?: Migration[] } = {},
): Promise<MigrationRun> {
  const versioned = sources.versioned ?? (await readMigrations());
  const repeatable = sources.repeatable ?? (await readRepeatables());
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
  try {
    await ensureHistoryTables(client);
    const applied = await applyVersioned(client, versioned);
    const reapplied = await applyRepeatables(client, repeatable);
    return { applied, reapplied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
  }
}

async function ensureHistoryTables(client: ClientBase): Promise<void> {
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
  // Kept apart from Prisma's table, which would take unknown names there for missing migrations.
  await client.query(`
    CREATE TABLE IF NOT EXISTS "_repeatable_migrations" (
      "name"       TEXT PRIMARY KEY,
      "checksum"   VARCHAR(64) NOT NULL,
      "applied_at" TIMESTAMPTZ NOT NULL DEFAULT now()
    )`);
}

async function applyVersioned(client: ClientBase, migrations: Migration[]): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const appliedChecksums = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const done: string[] = [];
  for (const migration of migrations) {
    const appliedChecksum = appliedChecksums.get(migration.name);
    if (appliedChecksum === undefined) {
      await applyVersionedOne(client, migration);
      done.push(migration.name);
    } else if (appliedChecksum !== migration.checksum) {
      throw new MigrationError(
        `prisma/migrations/${migration.name}/migration.sql was changed after it was applied; add a new migration instead`,
      );
    }
  }
  return done;
}

async function applyVersionedOne(client: ClientBase, migration: Migration): Promise<void> {
  await inTransaction(client, `migration ${migration.name}`, async () => {
    const startedAt = new Date();
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
  });
}

async function applyRepeatables(client: ClientBase, files: Migration[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM "_repeatable_migrations"`);
  const appliedChecksums = new Map(rows.map((row) => [row.name, row.checksum]));
  const changed = files.filter((file) => appliedChecksums.get(file.name) !== file.checksum);
  if (changed.length === 0) return [];
  await client.query("BEGIN");
  for (const file of changed) {
    try {
      await client.query(file.sql);
      await client.query(
        `INSERT INTO "_repeatable_migrations" (name, checksum, applied_at) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = EXCLUDED.applied_at`,
        [file.name, file.checksum],
      );
    } catch (error) {
      await client.query("ROLLBACK");
      throw new MigrationError(`prisma/functions/${file.name} failed: ${reasonOf(error)}`);
    }
  }
  await client.query("COMMIT");
  return changed.map((file) => file.name);
}

async function inTransaction(client: ClientBase, what: string, work: () => Promise<void>): Promise<void> {
  await client.query("BEGIN");
  try {
    await work();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`${what} failed: ${reasonOf(error)}`);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
