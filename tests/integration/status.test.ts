/**
 * The status model in SQL, on PGlite and on PostgreSQL: the senate_legislature table holds the
 * same periods as lib/status/legislatures.ts, archive_question_status and archive_status_days
 * give what lib/status/status.ts gives for every state, the loader stores the status, and
 * re-applying the legislature file after a dissolution turns the awaiting questions of that
 * legislature into lapsed ones. Also the sessions of these documents, extraordinary ones
 * included, as a search filter and facet.
 */
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readRepeatables } from "@/lib/db/migrate";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch, type SearchOutcome } from "@/lib/search/run";
import { SENATE_LEGISLATURES } from "@/lib/status/legislatures";
import { questionStatus } from "@/lib/status/status";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";

const DOCUMENTS = [path.resolve("seeds"), path.resolve("tests/fixtures/reader")];

describe.each(databaseTargets())("status model in SQL on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 2);
    const summary = await migrateAndSeed(pool, DOCUMENTS);
    expect(summary.failed).toEqual([]);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it("holds the same legislature periods as lib/status/legislatures.ts", async () => {
    const { rows } = await pool.query(`
      SELECT number, to_char(first_sitting, 'YYYY-MM-DD') AS first_sitting, has_ended,
             to_char(dissolved_on, 'YYYY-MM-DD') AS dissolved_on
      FROM senate_legislature ORDER BY number`);
    expect(rows).toEqual(
      SENATE_LEGISLATURES.map((legislature) => ({
        number: legislature.number,
        first_sitting: legislature.firstSitting.on,
        has_ended: legislature.end.kind !== "running",
        dissolved_on: legislature.end.kind === "dissolved" ? legislature.end.on : null,
      })),
    );
  });

  it("computes every state as lib/status/status.ts does", async () => {
    const cases: { legislature: number; askedOn: string; answeredOn: string | null; reminders: number; today: string }[] = [];
    for (const legislature of [1, 2, 4, 5, 7, 8, 9, 91]) {
      for (const [askedOn, answeredOn] of [["2010-04-22", null], ["2010-04-22", "2010-06-18"], ["2013-04-30", null], ["1998-11-10", null]] as const) {
        for (const reminders of [0, 2]) {
          for (const today of ["2010-05-06", "2010-05-07", "2014-04-28", "2026-01-01"]) {
            cases.push({ legislature, askedOn, answeredOn, reminders, today });
          }
        }
      }
    }
    const { rows } = await pool.query<{ status: string; days: number | null }>(
      `SELECT archive_question_status(c.legislature, c.answered_on, c.reminders, c.today) AS status,
              archive_status_days(c.legislature, c.asked_on, c.answered_on, c.today) AS days
       FROM unnest($1::int[], $2::date[], $3::date[], $4::int[], $5::date[]) WITH ORDINALITY
         AS c(legislature, asked_on, answered_on, reminders, today, ord)
       ORDER BY c.ord`,
      [cases.map((c) => c.legislature), cases.map((c) => c.askedOn), cases.map((c) => c.answeredOn), cases.map((c) => c.reminders), cases.map((c) => c.today)],
    );
    expect(rows).toEqual(cases.map((c) => {
      const status = questionStatus(c, c.today);
      return { status: status.kind, days: status.days };
    }));
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(["answered", "reminded", "awaiting", "lapsed"]));
  });

  it("stores each question's status when loading it", async () => {
    const { rows } = await pool.query("SELECT id, status FROM question ORDER BY id");
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      "4-17": "lapsed",
      "4-1800": "answered",
      "5-42": "answered",
      "5-8900": "lapsed",
      "5-8902": "answered",
      "8-120": "reminded",
    });
  });

  it("turns the awaiting questions of a legislature into lapsed ones when its dissolution is added", async () => {
    const repeatables = await readRepeatables();
    const dissolved = repeatables.map((file) =>
      file.name === "senate_legislatures.sql"
        ? { ...file, sql: file.sql.replace("(8, DATE '2024-07-18', FALSE, NULL)", "(8, DATE '2024-07-18', TRUE, DATE '2025-06-01')"), checksum: "changed" }
        : file,
    );
    const client = await pool.connect();
    try {
      expect((await migrate(client, { repeatable: dissolved })).reapplied).toEqual(["senate_legislatures.sql"]);
      expect((await client.query("SELECT status FROM question WHERE id = '8-120'")).rows).toEqual([{ status: "lapsed" }]);
      // The facet counts follow at once, their log folded: searches without words count it lapsed.
      expect((await client.query("SELECT count(*)::int AS n FROM question_facet_change")).rows).toEqual([{ n: 0 }]);
      const byStatus = "SELECT status, count(*)::int AS n FROM question WHERE legislature = 8 GROUP BY status ORDER BY status";
      for (const counts of ["question_facet_count", "question_facet_year_count"]) {
        expect((await client.query(
          `SELECT status, sum(questions)::int AS n FROM ${counts} WHERE legislature = 8 GROUP BY status ORDER BY status`)).rows, counts)
          .toEqual((await client.query(byStatus)).rows);
      }
      // Back to the file as it is: 8-120 awaits again.
      expect((await migrate(client, { repeatable: repeatables })).reapplied).toEqual(["senate_legislatures.sql"]);
      expect((await client.query("SELECT status FROM question WHERE id = '8-120'")).rows).toEqual([{ status: "reminded" }]);
    } finally {
      client.release();
    }
  });

  it("filters and counts by session, extraordinary sessions included, newest first", async () => {
    const search = async (query: string): Promise<SearchOutcome> => runSearch(poolExecutor(pool), parseSearchParams(new URLSearchParams(query)));
    const all = await search("");
    if (all.kind !== "results") throw new Error("expected results");
    expect(all.facets.session.map((value) => [value.value, value.count])).toEqual([
      ["2024-2025", 1], ["2012-2013", 2], ["2010", 1], ["2009-2010", 1], ["2007", 1],
    ]);
    const extraordinary = await search("session=2010");
    if (extraordinary.kind !== "results") throw new Error("expected results");
    expect(extraordinary.hits.map((hit) => [hit.record.id, hit.record.session])).toEqual([["5-42", "2010"]]);
    // Choosing a session keeps the other sessions' counts (each facet leaves its own filter out).
    expect(extraordinary.facets.session).toHaveLength(5);
  });
});
