/**
 * Brings a database to a usable state: pending migrations applied, and the documents under
 * seeds/ loaded when the archive is empty (a fresh embedded database, a new server).
 */
import path from "node:path";
import type { Pool } from "pg";
import { finishLoad } from "./after-load";
import { migrate, type MigrationRun } from "./migrate";
import { collectSourceFiles, seedDocuments, type SeedSummary } from "./seed";
import { rebuildSearchData } from "./vocabulary";

export const SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

export type Preparation = { migrations: MigrationRun; seeded?: SeedSummary };

export async function prepareDatabase(
  pool: Pool,
  options: { seedIfEmpty: boolean; extraSeedDirs?: readonly string[] },
): Promise<Preparation> {
  const client = await pool.connect();
  let migrations: MigrationRun;
  try {
    migrations = await migrate(client);
  } finally {
    client.release();
  }
  await rebuildSearchData(pool);
  if (!options.seedIfEmpty || !(await isArchiveEmpty(pool))) return { migrations };
  const files = await collectSourceFiles([SEEDS_DIR, ...(options.extraSeedDirs ?? [])]);
  const seeded = await seedDocuments({ pool, files });
  await finishLoad(pool, { changedDocuments: seeded.loaded + seeded.updated });
  return { migrations, seeded };
}

async function isArchiveEmpty(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ present: boolean }>("SELECT EXISTS (SELECT 1 FROM question) AS present");
  return !rows[0]?.present;
}
