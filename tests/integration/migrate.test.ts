import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { databaseTargets, type TestDatabase } from "../support/databases";

describe.each(databaseTargets())("migrations on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await create();
    pool = createPool(database.url, 2);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("records each migration as Prisma does, with the file's sha256", async () => {
    const migrations = await readMigrations();
    const client = await pool.connect();
    try {
      await migrate(client, migrations);
      const { rows } = await client.query(
        `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished
         FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1, finished: true })),
      );
    } finally {
      client.release();
    }
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const [first, ...rest] = await readMigrations();
    const edited = { ...first!, checksum: "0".repeat(64) };
    const client = await pool.connect();
    try {
      await expect(migrate(client, [edited, ...rest])).rejects.toThrow(
        `prisma/migrations/${first!.name}/migration.sql was changed after it was applied; add a new migration instead`,
      );
    } finally {
      client.release();
    }
  });

  it("rolls back a failing migration whole and names it", async () => {
    const broken = { name: "29991231000000_broken", sql: "CREATE TABLE half_done (id int); SELECT no_such_function();", checksum: "x".repeat(64) };
    const client = await pool.connect();
    try {
      await expect(migrate(client, [broken])).rejects.toThrow(/^migration 29991231000000_broken failed: /);
      const { rows } = await client.query("SELECT to_regclass('half_done') AS table_name");
      expect(rows).toEqual([{ table_name: null }]);
    } finally {
      client.release();
    }
  });
});
