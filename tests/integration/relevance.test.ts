/**
 * The judged query set (tests/relevance) on each database: recall@10, MRR and false hits must
 * stay within the thresholds stated in tests/relevance/relevance.ts. `npm run relevance` prints
 * the same scores as a table, query by query.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchQuestions } from "@/lib/data/search";
import { type Database } from "@/lib/db/prisma";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { understandQuery } from "@/lib/search/run";
import { searchFilters } from "@/lib/search/sql/filters";
import { NO_NAMED_FILTERS } from "@/lib/search/sql/named-filters";
import { resultPageSql, type ResultPageRow } from "@/lib/search/sql/result-page";
import { JUDGED_CORPUS } from "../relevance/judged-queries";
import { formatReport, scoreJudgedSet, THRESHOLDS, type RelevanceReport } from "../relevance/relevance";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

describe.each(databaseTargets())("judged query set on $name", ({ name, create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  let report: RelevanceReport;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    const summary = await migrateAndSeed(pool, JUDGED_CORPUS);
    expect(summary.failed).toEqual([]);
    db = testClient(database);
    report = await scoreJudgedSet(async (q) => {
      const outcome = await searchQuestions({ ...parseSearchParams(new URLSearchParams({ q, size: "50" })), db });
      if (outcome.kind === "unavailable") throw new Error(`the search of "${q}" did not finish in time`);
      return outcome.kind === "results" ? outcome.hits.map((hit) => hit.record.id) : [outcome.id];
    });
    console.log(formatReport(report, `Judged query set on ${name}`));
  });

  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  it(`finds at least ${THRESHOLDS.recallAt10 * 100} % of the relevant questions in the first ten`, () => {
    expect(report.recallAt10).toBeGreaterThanOrEqual(THRESHOLDS.recallAt10);
  });

  it(`ranks the first relevant question high (MRR >= ${THRESHOLDS.mrr})`, () => {
    expect(report.mrr).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
  });

  it("finds none of the questions a query must not find", () => {
    expect(report.scores.filter((score) => score.falseHits.length > 0).map((score) => score.query.q)).toEqual([]);
  });

  it("ranks the questions holding the word itself above its compounds however small the ranking window", async () => {
    // "veiligheid": 5-9114 holds the word (subject, 2012); 5-9101 only "verkeersveiligheid"
    // (descriptors, 2013, the newer). A window of one question once took the newer one.
    const { params } = parseSearchParams({ q: "veiligheid" });
    const { plan } = await understandQuery(poolExecutor(pool), "veiligheid");
    const page = async (rankWindow: number) =>
      (await poolExecutor(pool)<ResultPageRow>(resultPageSql({ filters: searchFilters(params, plan, NO_NAMED_FILTERS), plan, sort: "relevance", offset: 0, limit: 10, rankWindow })))
        .map((row) => row.id);
    for (const rankWindow of [1, 2, 200]) expect((await page(rankWindow)).slice(0, 2)).toEqual(["5-9114", "5-9101"]);
  });
});
