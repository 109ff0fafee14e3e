/**
 * Reading the migration files and their checksums (sha256 of the file, as Prisma Migrate
 * records it). Apart from lib/db/migrate.ts, which knows where the files are, because the web
 * node's readiness check (lib/data/readiness.ts) reads them too, from inside a Next.js bundle
 * where the module's own location is not known: it passes its folders in.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export type Migration = { name: string; sql: string; checksum: string };

export function migrationChecksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

// The folders are read at run time, from the checkout the node runs in: nothing for a bundler to trace.

/** The versioned migrations in `dir` (one folder each, with migration.sql), oldest first. */
export async function readMigrationFiles(dir: string): Promise<Migration[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

/** The repeatable migrations in `dir` (function and view files), in the order they are applied. */
export async function readRepeatableFiles(dir: string): Promise<Migration[]> {
  const names = (await readdir(/*turbopackIgnore: true*/ dir)).filter((name) => name.endsWith(".sql")).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}
