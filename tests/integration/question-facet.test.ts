/**
 * question_facet, the narrow copy of question's filter, facet and sort columns that searches
 * without words read (migration 20261201230000_question_facet), and the counts of its
 * combinations that their facets read (question_facet_count by month and question_facet_year_count
 * by year, with their log, migrations 20261204090000 and 20261207220000): kept equal to question by triggers through every kind of
 * write and through the log's folding, on PGlite and on PostgreSQL, and the searches that read
 * them give what the same search read from question one question at a time.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { facetCountsSql, type FacetCounts } from "@/lib/search/sql/facets";
import { resultPageSql } from "@/lib/search/sql/result-page";
import { searchFilters } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";

const COPIED = "id, legislature, number, session, asked_on, asked_year, author_id, author_party, addressee_id, status, answer_received_on, waited_days, reminder_count";

async function mismatches(pool: pg.Pool): Promise<unknown[]> {
  const { rows } = await pool.query(`
    (SELECT ${COPIED} FROM question EXCEPT SELECT ${COPIED} FROM question_facet)
    UNION ALL
    (SELECT ${COPIED} FROM question_facet EXCEPT SELECT ${COPIED} FROM question)`);
  return rows;
}

const COMBINATION = "legislature, addressee_id, author_party, asked_month, asked_year, status, session";
const YEAR_COMBINATION = "legislature, addressee_id, author_party, asked_year, status, session";

/**
 * Combinations whose count (the folded counts plus the log) is not the number of questions that
 * have them, by month (question_facet_count) and by year (question_facet_year_count).
 */
async function countMismatches(pool: pg.Pool): Promise<unknown[]> {
  const byMonth = mismatchedCounts("question_facet_count", COMBINATION,
    `SELECT legislature, addressee_id, author_party, date_trunc('month', asked_on)::date AS asked_month, asked_year, status, session, count(*)::int AS questions
      FROM question_facet GROUP BY 1, 2, 3, 4, 5, 6, 7`);
  const byYear = mismatchedCounts("question_facet_year_count", YEAR_COMBINATION,
    `SELECT ${YEAR_COMBINATION}, count(*)::int AS questions FROM question_facet GROUP BY ${YEAR_COMBINATION}`);
  const [month, year] = await Promise.all([pool.query(byMonth), pool.query(byYear)]);
  return [...month.rows.map((row) => ({ table: "question_facet_count", ...row })), ...year.rows.map((row) => ({ table: "question_facet_year_count", ...row }))];
}

function mismatchedCounts(table: string, combination: string, actual: string): string {
  const counted = `SELECT ${combination}, sum(questions)::int AS questions
    FROM (SELECT ${combination}, questions FROM ${table} UNION ALL SELECT ${combination}, questions FROM question_facet_change) c
    GROUP BY ${combination} HAVING sum(questions) <> 0`;
  return `((${counted}) EXCEPT (${actual})) UNION ALL ((${actual}) EXCEPT (${counted}))`;
}

describe.each(databaseTargets())("question_facet on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let workDir: string;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 3);
    workDir = await mkdtemp(path.join(os.tmpdir(), "archive-facet-"));
    const summary = await migrateAndSeed(pool, [path.resolve("tests/fixtures/search"), path.resolve("tests/fixtures/reader")]);
    expect(summary.failed).toEqual([]);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("holds one row per question, equal to the question's columns, after a load", async () => {
    const { rows } = await pool.query<{ questions: number; facets: number }>(
      "SELECT (SELECT count(*)::int FROM question) AS questions, (SELECT count(*)::int FROM question_facet) AS facets",
    );
    expect(rows[0]?.facets).toBe(rows[0]?.questions);
    expect(rows[0]?.questions).toBeGreaterThan(5);
    expect(await mismatches(pool)).toEqual([]);
    expect(await countMismatches(pool)).toEqual([]);
  });

  it("follows a document loaded again with another party", async () => {
    const source = path.resolve("tests/fixtures/search/4-1234_prisons.txt");
    const changed = path.join(workDir, "4-1234_prisons.txt");
    await cp(source, changed);
    const text = await readFile(changed, "utf8");
    await writeFile(changed, text.replaceAll("Destrebecq (MR)", "Destrebecq (N-VA)"));
    const summary = await seedDocuments({ pool, files: await collectSourceFiles([changed]) });
    expect(summary.updated).toBe(1);
    const { rows } = await pool.query("SELECT author_party FROM question_facet WHERE id = '4-1234'");
    expect(rows).toEqual([{ author_party: "N-VA" }]);
    expect(await mismatches(pool)).toEqual([]);
    expect(await countMismatches(pool)).toEqual([]);
  });

  it("follows statuses rewritten in place and questions removed", async () => {
    await pool.query("UPDATE question SET status = 'lapsed' WHERE status IN ('awaiting', 'reminded')");
    expect(await mismatches(pool)).toEqual([]);
    expect(await countMismatches(pool)).toEqual([]);
    await pool.query("DELETE FROM question WHERE id = '5-0345'");
    expect(await mismatches(pool)).toEqual([]);
    expect(await countMismatches(pool)).toEqual([]);
    expect((await pool.query("SELECT 1 FROM question_facet WHERE id = '5-0345'")).rows).toEqual([]);
  });

  it("folds the log into the counts, and the counts stay exact through the writes that follow", async () => {
    const logged = await pool.query<{ rows: number }>("SELECT count(*)::int AS rows FROM question_facet_change");
    expect(logged.rows[0]?.rows).toBeGreaterThan(0);
    const folded = await pool.query<{ folded: number }>("SELECT archive_compact_facet_counts() AS folded");
    expect(folded.rows[0]?.folded).toBe(logged.rows[0]?.rows);
    expect((await pool.query("SELECT 1 FROM question_facet_change")).rows).toEqual([]);
    expect((await pool.query("SELECT 1 FROM question_facet_count WHERE questions <= 0")).rows).toEqual([]);
    expect((await pool.query("SELECT 1 FROM question_facet_year_count WHERE questions <= 0")).rows).toEqual([]);
    expect(await countMismatches(pool)).toEqual([]);
    await pool.query("UPDATE question SET author_party = 'PS' WHERE id = '4-1234'");
    expect(await countMismatches(pool)).toEqual([]);
    expect((await pool.query<{ folded: number }>("SELECT archive_compact_facet_counts() AS folded")).rows[0]?.folded).toBe(2);
    expect(await countMismatches(pool)).toEqual([]);
  });

  it("gives a search without words the same total, facets and page as the same statements over question", async () => {
    const query = poolExecutor(pool);
    // The facet values come back as a JSON array in no set order: compare them sorted.
    const sorted = ([row]: FacetCounts[]) => ({ ...row, facets: [...(row?.facets ?? [])].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) });
    // Date filters that start or end inside a month (whose questions are counted one by one), on its first or last day, or inside one month.
    const urls = [
      "", "party=MR", "status=answered&sort=oldest", "legislature=4&sort=longest-awaiting", "minister=Justice&from=2009-01-01",
      "from=2009-03-15", "to=2012-06-10", "from=2012-02-01&to=2012-02-29", "from=2009-03-02&to=2009-03-20", "from=2009-01-31&to=2013-04-01",
      "minister=Justice&status=lapsed&to=2012-12-31", "session=2012-2013&party=Open+Vld", "author=Destrebecq",
      // Whole years, as the year facet sets them, and open at one end.
      "from=2012-01-01&to=2012-12-31", "minister=Justice&from=2010-01-01", "status=answered&to=2011-12-31",
    ];
    for (const url of urls) {
      const parsed = parseSearchParams(new URLSearchParams(url));
      const filters = searchFilters(parsed.params, null, await resolveNamedFilters(query, parsed.params));
      const fromFacets = sorted(await query<FacetCounts>(facetCountsSql(filters, null)));
      const oneByOne = { ...filters, table: Prisma.sql`question`, facetRows: { from: Prisma.sql`question`, hits: Prisma.sql`count(*)` } };
      const fromQuestion = sorted(await query<FacetCounts>(facetCountsSql(oneByOne, null)));
      expect(fromFacets, url).toEqual(fromQuestion);
      expect(fromQuestion.total, url).toBeGreaterThan(0);
      const page = await query<{ id: string }>(resultPageSql({ filters, plan: null, sort: parsed.params.sort, offset: 0, limit: 50 }));
      const pageFromQuestion = await query<{ id: string }>(resultPageSql({ filters: oneByOne, plan: null, sort: parsed.params.sort, offset: 0, limit: 50 }));
      expect(page.map((row) => row.id), url).toEqual(pageFromQuestion.map((row) => row.id));
    }
  });

  it("reads a page in the longest-awaiting order from an index, with a status filter and without: the order's expressions are the indexes'", async () => {
    const query = poolExecutor(pool);
    // With sorting and sequential scans priced out, a plan can still sort if no index holds the
    // order: a Sort on the order's keys would mean the statement and the migration drifted apart.
    const settings = { enable_sort: "off", enable_seqscan: "off" };
    for (const [url, index] of [["status=reminded&sort=longest-awaiting", "question_facet_longest_awaiting_by_status"], ["sort=longest-awaiting", "question_facet_longest_awaiting"]] as const) {
      const { params } = parseSearchParams(new URLSearchParams(url));
      const page = resultPageSql({ filters: searchFilters(params, null, await resolveNamedFilters(query, params)), plan: null, sort: params.sort, offset: 0, limit: 20 });
      const plan = (await query<{ "QUERY PLAN": string }>(Prisma.sql`EXPLAIN ${page}`, settings)).map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan, url).toContain(`Index Scan using ${index} on question_facet`);
      expect(plan, url).not.toMatch(/Sort Key: \(\(q\w*\.answer_received_on IS NULL\)\)/);
    }
  });
});
