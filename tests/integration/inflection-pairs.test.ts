/**
 * Inflection-complete search measured on the hand-written word pairs of
 * tests/relevance/inflection-pairs.ts (issue 8, decision 0011): each form in a question of its
 * own, loaded by the loader; a search for either form of a pair must find the other's question,
 * in at least INFLECTION_THRESHOLD of the pairs of each language and each direction, and no
 * look-alike may find the other. The failures are printed; `npm run relevance -- --inflection`
 * prints the same report.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionsFor } from "@/lib/db/connection";
import { poolExecutor } from "@/lib/db/sql";
import {
  formatInflectionReport,
  INFLECTION_THRESHOLD,
  loadInflectionArchive,
  scoreInflections,
  shareOf,
  type InflectionReport,
} from "../relevance/inflection";
import { firstPageSearch } from "../relevance/page-search";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";

describe.each(databaseTargets())("inflection pairs on $name", ({ name, create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let report: InflectionReport;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    await migrateAndSeed(pool, []);
    const archive = await loadInflectionArchive(pool);
    expect(archive.summary.failed).toEqual([]);
    report = await scoreInflections(firstPageSearch(poolExecutor(pool)), archive, { concurrency: connectionsFor(database, 4) });
    console.log(formatInflectionReport(report, `Inflection pairs on ${name}`));
  }, 600_000);

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it.each(["nl", "fr"] as const)(`finds at least ${INFLECTION_THRESHOLD * 100} %% of the %s pairs in each direction`, (language) => {
    const score = report.languages.find((candidate) => candidate.language === language);
    expect(score?.oneToOther.total).toBeGreaterThan(300);
    expect(shareOf(score?.oneToOther ?? { found: 0, total: 0 })).toBeGreaterThanOrEqual(INFLECTION_THRESHOLD);
    expect(shareOf(score?.otherToOne ?? { found: 0, total: 0 })).toBeGreaterThanOrEqual(INFLECTION_THRESHOLD);
  });

  it("finds no look-alike", () => {
    expect(report.lookAlikesFound).toEqual([]);
  });
});
