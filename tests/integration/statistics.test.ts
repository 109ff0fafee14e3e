/**
 * The statistics in SQL (lib/stats/sql through lib/data/statistics.ts), on PGlite and on
 * PostgreSQL, against figures computed by hand from the nine documents of
 * tests/fixtures/statistics (today fixed at 1 December 2025):
 *
 * | id    | addressee   | author (party)            | asked      | reminder   | answered   | days | status   |
 * | 8-901 | Archives    | Lotte Voorbeeld (Groen)   | 2024-11-04 |            | 2024-11-14 | 10   | answered |
 * | 8-902 | Archives    | Jean Témoin (MR)          | 2024-11-20 |            | 2024-12-10 | 20   | answered |
 * | 8-903 | Archives    | Lotte Voorbeeld (Groen)   | 2025-01-06 | 2025-03-10 | 2025-03-20 | 73   | answered |
 * | 8-904 | Archives    | Lotte Voorbeeld (Vooruit) | 2025-02-03 |            | 2025-06-13 | 130  | answered |
 * | 8-905 | Archives    | Jean Témoin (MR)          | 2025-03-03 | 2025-05-05 |            |      | reminded |
 * | 8-906 | Météorologie| Lotte Voorbeeld (Groen)   | 2025-01-15 |            | 2025-02-14 | 30   | answered |
 * | 8-907 | Météorologie| Lotte Voorbeeld (Vooruit) | 2025-04-01 |            |            |      | awaiting |
 * | 7-950 | Météorologie| Jean Témoin (MR)          | 2023-11-06 |            |            |      | lapsed   |
 * | 8-908 | Phares      | Jean Témoin (MR)          | 2025-05-05 |            | 2025-05-05 | 0    | answered |
 *
 * Medians and 90th percentiles interpolate (percentile_cont): Archives' days 10, 20, 73, 130 have
 * the median (20 + 73) / 2 = 46.5 and the 90th percentile at rank 0.9 x 3 = 2.7, i.e.
 * 73 + 0.7 x (130 - 73) = 112.9. Also an empty archive (a second, unseeded database) and a
 * single question (Phares), and the exact-addressee search filter the minister page uses.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getArchiveOverview,
  getMemberPage,
  getMinisterPage,
  getPartyPage,
  listMemberFigures,
  listMinisterFigures,
  listPartyFigures,
  type Figures,
} from "@/lib/data/statistics";
import { type Database } from "@/lib/db/prisma";
import { poolExecutor } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";
import { archiveLegislaturesSql, type LegislatureRow } from "@/lib/stats/sql/legislatures";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const TODAY = "2025-12-01";
const DOCUMENTS = [path.resolve("tests/fixtures/statistics")];
const ARCHIVES = "ministre des Archives et du Patrimoine";
const METEO = "ministre de la Météorologie";
const PHARES = "secrétaire d'État aux Phares";

const NO_FIGURES: Figures = {
  questions: 0, answered: 0, answeredShare: null, medianDays: null, p90Days: null, remindedShare: null, awaiting: 0, oldestAwaiting: null,
};

/** Floating-point figures (shares, interpolated percentiles) compared to 9 decimals. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_key, field: unknown) => (typeof field === "number" ? Math.round(field * 1e9) / 1e9 : field))) as T;
}

describe.each(databaseTargets())("statistics in SQL on $name", ({ create }) => {
  let database: TestDatabase;
  let empty: TestDatabase;
  let db: Database;
  let emptyDb: Database;
  let ids: Record<string, number>;

  beforeAll(async () => {
    [database, empty] = await Promise.all([create(), create()]);
    const pool = testPool(database, 2);
    const emptyPool = testPool(empty, 2);
    try {
      const summary = await migrateAndSeed(pool, DOCUMENTS);
      expect(summary.failed).toEqual([]);
      await migrateAndSeed(emptyPool, []);
    } finally {
      await Promise.all([pool.end(), emptyPool.end()]);
    }
    db = testClient(database);
    emptyDb = testClient(empty);
    ids = Object.fromEntries((await db.addressee.findMany()).map((row) => [row.titleFr, row.id]));
  });

  afterAll(async () => {
    await Promise.all([db?.$disconnect(), emptyDb?.$disconnect()]);
    await Promise.all([database?.drop(), empty?.drop()]);
  });

  it("gives every addressee its questions, shares, median and 90th percentile, and oldest awaiting", async () => {
    const { ministers, legislatures } = await listMinisterFigures({ today: TODAY, db });
    expect(legislatures).toEqual([8, 7]);
    expect(rounded(ministers)).toEqual([
      {
        id: ids[ARCHIVES], title: { fr: ARCHIVES, nl: "minister van Archieven en Erfgoed" },
        questions: 5, answered: 4, answeredShare: 0.8, medianDays: 46.5, p90Days: 112.9, remindedShare: 0.4,
        // 8-905, asked on 3 March 2025: 273 days to 1 December 2025.
        awaiting: 1, oldestAwaiting: { id: "8-905", askedOn: "2025-03-03", days: 273 },
      },
      {
        id: ids[METEO], title: { fr: METEO, nl: "minister van Meteorologie" },
        // 7-950 lapsed: a question, not answered, but not awaiting either.
        questions: 3, answered: 1, answeredShare: rounded(1 / 3), medianDays: 30, p90Days: 30, remindedShare: 0,
        awaiting: 1, oldestAwaiting: { id: "8-907", askedOn: "2025-04-01", days: 244 },
      },
      {
        id: ids[PHARES], title: { fr: PHARES, nl: "staatssecretaris voor Vuurtorens" },
        questions: 1, answered: 1, answeredShare: 1, medianDays: 0, p90Days: 0, remindedShare: 0, awaiting: 0, oldestAwaiting: null,
      },
    ]);
  });

  it("sorts by each column, either way, empty figures last, and filters by legislature", async () => {
    const order = async (sort: Parameters<typeof listMinisterFigures>[0] & object) =>
      (await listMinisterFigures({ today: TODAY, db, ...sort })).ministers.map((minister) => minister.title.fr);
    expect(await order({ sort: "median", direction: "desc" })).toEqual([ARCHIVES, METEO, PHARES]);
    expect(await order({ sort: "median", direction: "asc" })).toEqual([PHARES, METEO, ARCHIVES]);
    expect(await order({ sort: "p90", direction: "asc" })).toEqual([PHARES, METEO, ARCHIVES]);
    expect(await order({ sort: "answered", direction: "asc" })).toEqual([METEO, ARCHIVES, PHARES]);
    expect(await order({ sort: "reminded", direction: "desc" })).toEqual([ARCHIVES, METEO, PHARES]);
    expect(await order({ sort: "oldest", direction: "desc" })).toEqual([ARCHIVES, METEO, PHARES]);
    expect(await order({ sort: "oldest", direction: "asc" })).toEqual([METEO, ARCHIVES, PHARES]);
    expect(await order({ sort: "title", direction: "asc" })).toEqual([METEO, ARCHIVES, PHARES]);
    expect(await order({ sort: "title", direction: "asc", titleLanguage: "nl" })).toEqual([ARCHIVES, METEO, PHARES]);
    expect(await order({ sort: "questions", direction: "asc" })).toEqual([PHARES, METEO, ARCHIVES]);
    const seventh = await listMinisterFigures({ legislature: 7, today: TODAY, db });
    expect(seventh.ministers).toEqual([{ id: ids[METEO], title: { fr: METEO, nl: "minister van Meteorologie" }, ...NO_FIGURES, questions: 1, answeredShare: 0, remindedShare: 0 }]);
    expect((await listMinisterFigures({ legislature: 3, today: TODAY, db })).ministers).toEqual([]);
  });

  it("lists the legislatures from the facet counts and their log: before and after the log is folded, and after deletions", async () => {
    const pool = testPool(database, 1);
    const client = await pool.connect();
    const legislatures = async () => (await client.query<LegislatureRow>(archiveLegislaturesSql().text)).rows.map((row) => row.legislature);
    const logged = async () => (await client.query<{ rows: number }>("SELECT count(*)::int AS rows FROM question_facet_change")).rows[0]?.rows;
    // In a transaction rolled back at the end: the other tests read the archive as loaded.
    await client.query("BEGIN");
    try {
      // As the tests load it, without the loader's last step: every count still in the log.
      expect(await logged()).toBeGreaterThan(0);
      expect(await legislatures()).toEqual([8, 7]);
      await client.query("SELECT archive_compact_facet_counts()");
      expect(await logged()).toBe(0);
      expect(await legislatures()).toEqual([8, 7]);
      // 7-950 is legislature 7's only question: its folded count stays, the log takes it away.
      await client.query("DELETE FROM question WHERE id = '7-950'");
      expect(await legislatures()).toEqual([8]);
      // Legislature 8 loses a question and keeps seven.
      await client.query("DELETE FROM question WHERE id = '8-908'");
      expect(await legislatures()).toEqual([8]);
      await client.query("SELECT archive_compact_facet_counts()");
      expect(await legislatures()).toEqual([8]);
    } finally {
      await client.query("ROLLBACK");
      client.release();
      await pool.end();
    }
    expect((await listMinisterFigures({ today: TODAY, db })).legislatures).toEqual([8, 7]);
  });

  it("counts a minister's answers in 30-day bins and its questions asked and answered per month", async () => {
    const page = await getMinisterPage({ id: ids[ARCHIVES]!, today: TODAY, db });
    // 10 and 20 days in 0-29, 73 in 60-89, 130 in 120-149; the bins between are empty.
    expect(page?.histogram).toEqual([
      { fromDays: 0, toDays: 29, count: 2 },
      { fromDays: 30, toDays: 59, count: 0 },
      { fromDays: 60, toDays: 89, count: 1 },
      { fromDays: 90, toDays: 119, count: 0 },
      { fromDays: 120, toDays: 149, count: 1 },
    ]);
    expect(page?.monthly).toEqual([
      { month: "2024-11", asked: 2, answered: 1 },
      { month: "2024-12", asked: 0, answered: 1 },
      { month: "2025-01", asked: 1, answered: 0 },
      { month: "2025-02", asked: 1, answered: 0 },
      { month: "2025-03", asked: 1, answered: 1 },
      { month: "2025-04", asked: 0, answered: 0 },
      { month: "2025-05", asked: 0, answered: 0 },
      { month: "2025-06", asked: 0, answered: 1 },
    ]);
    expect(page?.minister.medianDays).toBe(46.5);
    expect(await getMinisterPage({ id: 999_999, today: TODAY, db })).toBeNull();
  });

  it("gives a single question its own figures", async () => {
    const page = await getMinisterPage({ id: ids[PHARES]!, today: TODAY, db });
    expect(page?.histogram).toEqual([{ fromDays: 0, toDays: 29, count: 1 }]);
    expect(page?.monthly).toEqual([{ month: "2025-05", asked: 1, answered: 1 }]);
    expect(page?.minister).toMatchObject({ questions: 1, answered: 1, answeredShare: 1, medianDays: 0, p90Days: 0, oldestAwaiting: null });
  });

  it("sums the whole archive for the home page, with the latest questions and answers", async () => {
    const overview = await getArchiveOverview({ latest: 3, today: TODAY, db });
    // Days 0, 10, 20, 30, 73, 130: median (20 + 30) / 2 = 25; 90th percentile at rank 4.5: 73 + 0.5 x 57 = 101.5.
    expect(rounded(overview.figures)).toEqual({
      questions: 9, answered: 6, answeredShare: rounded(6 / 9), medianDays: 25, p90Days: 101.5, remindedShare: rounded(2 / 9),
      awaiting: 2, oldestAwaiting: { id: "8-905", askedOn: "2025-03-03", days: 273 },
    });
    // 2023-11 (7-950) to 2025-06 (the last answer): 20 months, zeros included.
    expect(overview.monthly).toHaveLength(20);
    expect(overview.monthly[0]).toEqual({ month: "2023-11", asked: 1, answered: 0 });
    expect(overview.monthly.reduce((sum, month) => sum + month.asked, 0)).toBe(9);
    expect(overview.monthly.reduce((sum, month) => sum + month.answered, 0)).toBe(6);
    expect(overview.monthly.find((month) => month.month === "2025-05")).toEqual({ month: "2025-05", asked: 1, answered: 1 });
    expect(overview.latestQuestions.map((question) => question.id)).toEqual(["8-908", "8-907", "8-905"]);
    // By the day the answer came: 13 June, 5 May, 20 March 2025.
    expect(overview.latestAnswers.map((question) => question.id)).toEqual(["8-904", "8-908", "8-903"]);
  });

  it("gives each member their figures, and each party with its period to a member who changed parties", async () => {
    const members = await listMemberFigures({ today: TODAY, db });
    expect(rounded(members.map(({ name, parties, questions, answered, medianDays, answeredShare }) => ({ name, parties, questions, answered, medianDays, answeredShare })))).toEqual([
      // Témoin: 20 and 0 days; Voorbeeld: 10, 30, 73, 130 -> (30 + 73) / 2.
      { name: "Jean Témoin", parties: ["MR"], questions: 4, answered: 2, medianDays: 10, answeredShare: 0.5 },
      { name: "Lotte Voorbeeld", parties: ["Vooruit", "Groen"], questions: 5, answered: 4, medianDays: 51.5, answeredShare: 0.8 },
    ]);
    const voorbeeld = members.find((member) => member.name === "Lotte Voorbeeld");
    const page = await getMemberPage({ id: voorbeeld!.id, today: TODAY, db });
    expect(page?.parties).toEqual([
      { party: "Groen", firstOn: "2024-11-04", lastOn: "2025-01-15", questions: 3 },
      { party: "Vooruit", firstOn: "2025-02-03", lastOn: "2025-04-01", questions: 2 },
    ]);
    // Archives answered her in 10, 73 and 130 days; Météorologie in 30 (8-907 still awaits).
    expect(page?.ministers.map(({ title, questions, answered, medianDays }) => ({ title: title.fr, questions, answered, medianDays }))).toEqual([
      { title: ARCHIVES, questions: 3, answered: 3, medianDays: 73 },
      { title: METEO, questions: 2, answered: 1, medianDays: 30 },
    ]);
    expect(page?.histogram.map((bin) => bin.count)).toEqual([1, 1, 1, 0, 1]);
    expect(await getMemberPage({ id: 999_999, today: TODAY, db })).toBeNull();
  });

  it("gives each party its members and figures", async () => {
    const parties = await listPartyFigures({ today: TODAY, db });
    expect(parties.map(({ party, members, questions, answered, medianDays }) => ({ party, members, questions, answered, medianDays }))).toEqual([
      { party: "MR", members: 1, questions: 4, answered: 2, medianDays: 10 },
      { party: "Groen", members: 1, questions: 3, answered: 3, medianDays: 30 },
      { party: "Vooruit", members: 1, questions: 2, answered: 1, medianDays: 130 },
    ]);
    const groen = await getPartyPage({ party: "Groen", today: TODAY, db });
    expect(groen?.members.map((member) => [member.name, member.questions])).toEqual([["Lotte Voorbeeld", 3]]);
    expect(groen?.ministers.map((minister) => [minister.title.fr, minister.questions])).toEqual([[ARCHIVES, 2], [METEO, 1]]);
    expect(await getPartyPage({ party: "Nobody", today: TODAY, db })).toBeNull();
  });

  it("gives an empty archive zero questions and no figures, and empty tables and charts", async () => {
    const overview = await getArchiveOverview({ today: TODAY, db: emptyDb });
    expect(overview).toEqual({ figures: NO_FIGURES, monthly: [], latestQuestions: [], latestAnswers: [] });
    expect(await listMinisterFigures({ today: TODAY, db: emptyDb })).toEqual({ ministers: [], legislatures: [] });
    expect(await listMemberFigures({ today: TODAY, db: emptyDb })).toEqual([]);
    expect(await listPartyFigures({ today: TODAY, db: emptyDb })).toEqual([]);
  });

  it("searches one addressee's questions exactly, newest first (the minister page's list)", async () => {
    const pool = testPool(database, 1);
    try {
      const outcome = await runSearch(poolExecutor(pool), parseSearchParams({ addressee: String(ids[METEO]), sort: "newest" }));
      if (outcome.kind !== "results") throw new Error("expected results");
      expect(outcome.hits.map((hit) => hit.record.id)).toEqual(["8-907", "8-906", "7-950"]);
      expect(outcome.facets.status.map((value) => [value.value, value.count])).toEqual([["answered", 1], ["awaiting", 1], ["lapsed", 1]]);
      expect(parseSearchParams({ addressee: "abc" }).notices).toEqual([{ param: "addressee", value: "abc", reason: "ignored" }]);
    } finally {
      await pool.end();
    }
  });
});
