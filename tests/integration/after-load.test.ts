/**
 * The loader's last step (lib/db/after-load.ts): what a bulk load leaves for readers (GIN pending
 * lists, missing statistics, an unset visibility map, the facet-count log) is done before the
 * load returns.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finishLoad } from "@/lib/db/after-load";
import { migrate } from "@/lib/db/migrate";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { databaseTargets, type TestDatabase, testPool } from "../support/databases";

/** The log's rows and the questions counted by month; the counts by year must hold as many questions as those by month. */
async function facetCountState(pool: pg.Pool): Promise<{ logged: number; counted: number }> {
  const { rows } = await pool.query<{ logged: number; counted: number; counted_by_year: number }>(
    `SELECT (SELECT count(*)::int FROM question_facet_change) AS logged,
            (SELECT coalesce(sum(questions), 0)::int FROM question_facet_count) AS counted,
            (SELECT coalesce(sum(questions), 0)::int FROM question_facet_year_count) AS counted_by_year`,
  );
  const row = rows[0];
  expect(row?.counted_by_year).toBe(row?.counted);
  return { logged: row?.logged ?? -1, counted: row?.counted ?? -1 };
}

type TableState = { tuples: number; visiblePages: number };

async function questionTableState(pool: pg.Pool): Promise<TableState> {
  const { rows } = await pool.query<{ reltuples: number; relallvisible: number }>(
    "SELECT reltuples::float8 AS reltuples, relallvisible FROM pg_class WHERE oid = 'question'::regclass",
  );
  return { tuples: Number(rows[0]?.reltuples), visiblePages: Number(rows[0]?.relallvisible) };
}

describe.each(databaseTargets())("after a load on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 3);
    const client = await pool.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("does nothing when the load changed nothing", async () => {
    expect(await finishLoad(pool, { changedDocuments: 0 })).toMatchObject({ work: "none" });
    // Never analysed yet: PostgreSQL 14 and later keep -1 until the first ANALYZE or VACUUM.
    expect((await questionTableState(pool)).tuples).toBe(-1);
  });

  it("vacuums and analyses after a load that wrote most of the archive: statistics and visibility map set", async () => {
    const summary = await seedDocuments({ pool, files: await collectSourceFiles(["tests/fixtures/search"]) });
    expect(summary.loaded).toBe(7);
    expect(await facetCountState(pool)).toEqual({ logged: 7, counted: 0 });
    expect(await finishLoad(pool, { changedDocuments: summary.loaded })).toMatchObject({ work: "vacuum-analyze" });
    expect(await facetCountState(pool)).toEqual({ logged: 0, counted: 7 });
    const state = await questionTableState(pool);
    expect(state.tuples).toBe(7);
    expect(state.visiblePages).toBeGreaterThan(0);
  });

  it("only merges the index lists and analyses after a small load into a large archive", async () => {
    await seedDocuments({ pool, files: await collectSourceFiles(["tests/fixtures/relevance"]) });
    const { rows } = await pool.query<{ count: string }>("SELECT count(*) AS count FROM question");
    const report = await finishLoad(pool, { changedDocuments: 1 });
    expect(report.work).toBe("merge-and-analyze");
    expect((await questionTableState(pool)).tuples).toBe(Number(rows[0]?.count));
    expect(await facetCountState(pool)).toEqual({ logged: 0, counted: Number(rows[0]?.count) });
  });
});
