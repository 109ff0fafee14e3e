/**
 * Planner settings for one statement (lib/db/sql.ts) hold for that statement only, through the
 * app's Prisma client and through a node-postgres pool alike: the next statement on the same
 * pooled connection sees the server's own value, also after a statement that failed. And a word
 * search runs its result page and facet counts with them: their plans find the matching
 * questions through the GIN indexes, never by reading every question's vectors
 * (lib/search/sql/filters.ts, TEXT_MATCH_SETTINGS). And searches at once all answer, on the embedded
 * database too.
 */
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { poolExecutor, prismaExecutor, type SqlExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";
import { TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";
import { testClient } from "../support/test-client";

const SEEDS = path.resolve("seeds");
const SETTINGS = { statementTimeoutMs: 10_000, connectTimeoutMs: 10_000, idleTimeoutMs: 10_000, poolSize: 1 };

type SettingRow = { value: string };
const currentSetting = (name: string) => Prisma.sql`SELECT current_setting(${name}) AS value`;

describe.each(databaseTargets())("statement settings on $name", ({ name, create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  const executors: Record<string, () => SqlExecutor> = {
    "the app's Prisma client": () => prismaExecutor(db),
    "a node-postgres pool": () => poolExecutor(pool),
    // The app's own `db`, a Proxy made from the environment in front of its client.
    "the app's db": () => prismaExecutor(appDb),
  };

  beforeAll(async () => {
    database = await create();
    // One connection each, so that every statement after the first reuses the one that had the settings.
    pool = testPool(database, 1);
    expect((await migrateAndSeed(pool, [SEEDS])).failed).toEqual([]);
    db = testClient(database, SETTINGS);
    await useAppDatabase(database);
  });

  afterAll(async () => {
    await useAppDatabase(undefined);
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  describe.each(Object.keys(executors))("through %s", (through) => {
    it("a setting holds for its statement, and the next statement on the connection has the default again", async () => {
      const query = executors[through]!();
      const [before] = await query<SettingRow>(currentSetting("enable_seqscan"));
      expect(before?.value).toBe("on");
      const [during] = await query<SettingRow>(currentSetting("enable_seqscan"), { enable_seqscan: "off", work_mem: "8MB" });
      expect(during?.value).toBe("off");
      const [after] = await query<SettingRow>(currentSetting("enable_seqscan"));
      expect(after?.value).toBe("on");
    });

    it("a statement that fails leaves no setting behind and the connection usable", async () => {
      const query = executors[through]!();
      await expect(query(Prisma.sql`SELECT 1 / 0`, { enable_seqscan: "off" })).rejects.toThrow(/division by zero/);
      const [after] = await query<SettingRow>(currentSetting("enable_seqscan"));
      expect(after?.value).toBe("on");
    });
  });

  it("searches at once through the app's db all answer, each with its own results", async () => {
    // Each search runs its page (in a transaction of its own, for the settings), its counts and
    // its names at once. On the embedded database, concurrent connections' statements used to
    // interleave ("unnamed prepared statement does not exist"): the app holds one connection
    // there (connectionsFor, lib/db/connection.ts).
    const queries = ["prison", "gevangenis", "ministre", "minister", "justice", "", "zzzzqx", "prisons OR police"];
    const searches = Array.from({ length: 24 }, (_, index) => queries[index % queries.length]!);
    const outcomes = await Promise.all(searches.map((q) => runSearch(prismaExecutor(appDb), parseSearchParams({ q }))));
    const alone = await Promise.all(queries.map((q) => runSearch(prismaExecutor(appDb), parseSearchParams({ q }))));
    outcomes.forEach((outcome, index) => {
      expect(outcome.kind, searches[index]).toBe("results");
      expect(outcome, searches[index]).toEqual(alone[index % queries.length]);
    });
  });

  it("JIT compilation never runs on the app's connections", async () => {
    const [row] = await prismaExecutor(db)<{ available: boolean; jit: string }>(Prisma.sql`SELECT pg_jit_available() AS available, current_setting('jit') AS jit`);
    expect(row?.available).toBe(false);
    // A server built with LLVM has JIT on by default: the connection's options turn it off.
    // PGlite has no JIT to turn off and ignores the options.
    if (name === "PostgreSQL") expect(row?.jit).toBe("off");
  });

  it("a word search runs its page and counts with the text-match settings, and a search without words without them", async () => {
    const seen: { sql: string; settings: unknown }[] = [];
    const recording: SqlExecutor = async <Row,>(sql: Prisma.Sql, settings?: Record<string, string>) => {
      seen.push({ sql: sql.text, settings });
      return prismaExecutor(db)<Row>(sql, settings);
    };
    const words = await runSearch(recording, parseSearchParams({ q: "prison" }));
    expect(words.kind).toBe("results");
    const withSettings = seen.filter((statement) => statement.settings === TEXT_MATCH_SETTINGS);
    expect(withSettings).toHaveLength(2);
    expect(withSettings.every((statement) => /@@/.test(statement.sql))).toBe(true);
    // The bitmap of a common word's matches stays exact: the statements run with their own work_mem.
    const [memory] = await prismaExecutor(db)<SettingRow>(currentSetting("work_mem"), TEXT_MATCH_SETTINGS);
    expect(memory?.value).toBe("16MB");

    seen.length = 0;
    await runSearch(recording, parseSearchParams({ minister: "x" }));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((statement) => statement.settings !== undefined)).toBe(false);
  });

  it("with those settings, a word search plan reads the GIN index, not every question", async () => {
    const plans: string[] = [];
    const explaining: SqlExecutor = async <Row,>(sql: Prisma.Sql, settings?: Record<string, string>) => {
      if (settings === TEXT_MATCH_SETTINGS) plans.push(await explain(sql, settings));
      return prismaExecutor(db)<Row>(sql, settings);
    };
    await runSearch(explaining, parseSearchParams({ q: "prison" }));
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).not.toMatch(/Seq Scan on question\b/);
      expect(plan).toMatch(/Bitmap Index Scan on question_search/);
    }
  });

  /** The plan PostgreSQL makes for a statement under these settings (EXPLAIN, with its parameters bound). */
  async function explain(sql: Prisma.Sql, settings: Record<string, string>): Promise<string> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      for (const [name, value] of Object.entries(settings)) await client.query("SELECT set_config($1, $2, true)", [name, value]);
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql.text}`, sql.values);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  }
});
