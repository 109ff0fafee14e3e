/**
 * The migration runner on both databases: versioned migrations recorded as Prisma records them
 * and never re-run or changed; repeatable migrations (prisma/functions) applied when new or
 * changed, skipped when unchanged, and rolled back whole, naming the file, when one fails.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations, readRepeatables, type Migration } from "@/lib/db/migrate";
import { databaseTargets, type TestDatabase, testPool } from "../support/databases";

/** A repeatable file as the runner reads it, checksum included. */
function functionFile(name: string, sql: string): Migration {
  return { name, sql, checksum: `sha-of-${sql.length}-${sql.slice(-24)}`.padEnd(64, "0").slice(0, 64) };
}

const answerFunction = (value: number) =>
  functionFile("zz_test_answer.sql", `CREATE OR REPLACE FUNCTION zz_test_answer() RETURNS int LANGUAGE sql AS $$ SELECT ${value} $$;`);

describe.each(databaseTargets())("migrations on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let client: pg.PoolClient;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 2);
    client = await pool.connect();
  });

  afterAll(async () => {
    client?.release();
    await pool?.end();
    await database?.drop();
  });

  const scalar = async (sql: string) => Object.values((await client.query(sql)).rows[0] as object)[0] as unknown;

  it("applies every migration and function file once, recording each migration as Prisma does", async () => {
    const [versioned, repeatable] = await Promise.all([readMigrations(), readRepeatables()]);
    expect(await migrate(client)).toEqual({ applied: versioned.map((m) => m.name), reapplied: repeatable.map((f) => f.name) });
    const { rows } = await client.query(
      `SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(versioned.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1, finished: true })));
    const functions = await client.query(`SELECT name, checksum FROM "_repeatable_migrations" ORDER BY name`);
    expect(functions.rows).toEqual(repeatable.map((f) => ({ name: f.name, checksum: f.checksum })));
    expect(await migrate(client)).toEqual({ applied: [], reapplied: [] });
  });

  it("keeps every SQL function in its file: the live definitions are the files' (the latest versioned copy is replaced)", async () => {
    // archive_upsert_questions' live comment and code come from prisma/functions, not from the migration that first created it.
    const definition = String(await scalar("SELECT pg_get_functiondef('archive_upsert_questions'::regproc)"));
    expect(definition).toContain("archive_upsert_question(p_records->(i - 1)");
    expect(await scalar("SELECT count(*)::int FROM question_record")).toBe(0);
  });

  it("re-applies a changed function file once, and skips it while it is unchanged", async () => {
    const repeatable = await readRepeatables();
    expect(await migrate(client, { repeatable: [...repeatable, answerFunction(1)] })).toEqual({ applied: [], reapplied: ["zz_test_answer.sql"] });
    expect(await scalar("SELECT zz_test_answer()")).toBe(1);
    expect(await migrate(client, { repeatable: [...repeatable, answerFunction(1)] })).toEqual({ applied: [], reapplied: [] });
    expect(await migrate(client, { repeatable: [...repeatable, answerFunction(2)] })).toEqual({ applied: [], reapplied: ["zz_test_answer.sql"] });
    expect(await scalar("SELECT zz_test_answer()")).toBe(2);
    expect(await migrate(client, { repeatable: [...repeatable, answerFunction(2)] })).toEqual({ applied: [], reapplied: [] });
  });

  it("rolls back all the changed function files of a run when one fails, and names it", async () => {
    const repeatable = await readRepeatables();
    const broken = functionFile("zz_test_broken.sql", "CREATE OR REPLACE FUNCTION zz_test_broken() RETURNS int LANGUAGE sql AS $$ SELECT no_such_column FROM question $$;");
    await expect(migrate(client, { repeatable: [...repeatable, answerFunction(3), broken] })).rejects.toThrow(
      /^prisma\/functions\/zz_test_broken\.sql failed: .*no_such_column/,
    );
    // The change to zz_test_answer.sql, applied before the broken file in the same run, is undone.
    expect(await scalar("SELECT zz_test_answer()")).toBe(2);
    expect(await scalar("SELECT to_regproc('zz_test_broken')")).toBeNull();
    expect(await scalar(`SELECT count(*)::int FROM "_repeatable_migrations" WHERE name = 'zz_test_broken.sql'`)).toBe(0);
    // The lock is released: the next run works.
    expect(await migrate(client, { repeatable: [...repeatable, answerFunction(3)] })).toEqual({ applied: [], reapplied: ["zz_test_answer.sql"] });
  });

  it("refuses a versioned migration whose file changed after it was applied", async () => {
    const [first, ...rest] = await readMigrations();
    const edited = { ...first!, checksum: "0".repeat(64) };
    await expect(migrate(client, { versioned: [edited, ...rest] })).rejects.toThrow(
      `prisma/migrations/${first!.name}/migration.sql was changed after it was applied; add a new migration instead`,
    );
  });

  it("rolls back a failing versioned migration whole and names it", async () => {
    const broken = { name: "29991231000000_broken", sql: "CREATE TABLE half_done (id int); SELECT no_such_function();", checksum: "x".repeat(64) };
    await expect(migrate(client, { versioned: [broken] })).rejects.toThrow(/^migration 29991231000000_broken failed: /);
    expect(await scalar("SELECT to_regclass('half_done')")).toBeNull();
  });
});
