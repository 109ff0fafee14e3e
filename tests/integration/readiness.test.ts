/**
 * /api/ready's judgement (lib/data/readiness.ts) against a real database: ready once migrated;
 * "behind", naming it, when a migration or a SQL function file this build ships is missing from
 * the database or applied in another version (a replica that has not replayed it yet, a database
 * nobody migrated); ready again when it is back. The route answers 503 for anything but ready
 * (tests/ops/run.ts checks that through nginx).
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReadiness } from "@/lib/data/readiness";
import { migrate, readMigrations, readRepeatables } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/prisma";
import { databaseTargets, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

describe.each(databaseTargets())("readiness on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 2);
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
    db = testClient(database);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  it("is ready once every migration and function file of the build is applied", async () => {
    expect(await checkReadiness({ db })).toMatchObject({ kind: "ready", schema: { isCurrent: true, pending: [], changed: [], unknown: [] } });
  });

  it("is behind, naming it, when a migration recorded in the build is missing from the database; ready when it is back", async () => {
    const latest = (await readMigrations()).at(-1)!.name;
    const { rows } = await pool.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1 RETURNING *`, [latest]);
    expect(rows).toHaveLength(1);
    try {
      expect(await checkReadiness({ db })).toMatchObject({ kind: "behind", schema: { isCurrent: false, pending: [`migrations/${latest}`], changed: [] } });
    } finally {
      const row = rows[0] as Record<string, unknown>;
      const columns = Object.keys(row);
      await pool.query(
        `INSERT INTO "_prisma_migrations" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")})`,
        columns.map((column) => row[column]),
      );
    }
    expect((await checkReadiness({ db })).kind).toBe("ready");
  });

  it("is behind when a SQL function file was applied in another version than the build's", async () => {
    const file = (await readRepeatables())[0]!.name;
    const { rows } = await pool.query<{ checksum: string }>(`SELECT checksum FROM "_repeatable_migrations" WHERE name = $1`, [file]);
    await pool.query(`UPDATE "_repeatable_migrations" SET checksum = $2 WHERE name = $1`, [file, "0".repeat(64)]);
    try {
      expect(await checkReadiness({ db })).toMatchObject({ kind: "behind", schema: { pending: [], changed: [`functions/${file}`] } });
    } finally {
      await pool.query(`UPDATE "_repeatable_migrations" SET checksum = $2 WHERE name = $1`, [file, rows[0]!.checksum]);
    }
    expect((await checkReadiness({ db })).kind).toBe("ready");
  });
});
