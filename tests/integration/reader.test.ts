/**
 * The reader's read functions against a real database, on PGlite and on PostgreSQL: the page
 * data for 5-8902 (siblings resolved against the archive, status, timeline, aligned rows), the
 * record as the API serves it, the plain lists, and the descriptor list, with a second document
 * (tests/fixtures/reader: 5-8900, unanswered, to the Minister of Justice) so that one sibling is
 * in the archive.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQuestionPage } from "@/lib/data/question-page";
import { getDescriptor, getQuestion, listQuestions, listQuestionsWithDescriptor } from "@/lib/data/questions";
import { type Database } from "@/lib/db/prisma";
import { parseDocument } from "@/lib/source/parse";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const REAL_DOCUMENT = path.resolve("seeds/000_dc0ab1c61fd4920e.txt");
const DOCUMENTS = [REAL_DOCUMENT, path.resolve("tests/fixtures/reader/5-8900_sibling-unanswered.txt")];

describe.each(databaseTargets())("reader data on $name", ({ create }) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await create();
    const pool = testPool(database, 2);
    try {
      const summary = await migrateAndSeed(pool, DOCUMENTS);
      expect(summary.failed).toEqual([]);
    } finally {
      await pool.end();
    }
    db = testClient(database);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("shapes 5-8902 for its page", async () => {
    const page = await getQuestionPage({ id: "5-8902", today: "2026-11-29", db });
    expect(page).not.toBeNull();
    if (!page) return;
    expect(page.record.id).toBe("5-8902");
    expect(page.status).toEqual({ kind: "answered", answeredOn: "2014-02-17", days: 293, reminders: 1, isAfterLegislatureEnd: false });
    expect(page.timeline.map((step) => step.daysSincePrevious)).toEqual([null, 232, 61]);
    expect(page.descriptors.map((descriptor) => descriptor.fr)).toEqual([
      "ministère",
      "communauté virtuelle",
      "sensibilisation du public",
      "relation administration-administré",
      "médias sociaux",
    ]);
    expect(page.siblings).toHaveLength(18);
    expect(page.siblings[0]).toEqual({
      id: "5-8900",
      isInArchive: true,
      addressee: { fr: "ministre de la Justice", nl: "minister van Justitie" },
      // Unanswered when legislature 5 was dissolved on 28 April 2014: counted to that day, not to today.
      status: { kind: "lapsed", legislatureEndedOn: "2014-04-28", days: 363, reminders: 1 },
    });
    expect(page.siblings.slice(1).every((sibling) => !sibling.isInArchive)).toBe(true);
    expect(page.siblings.map((sibling) => sibling.id)).toEqual(page.record.alsoAskedTo);
    const firstAnswerRow = page.reader.answer?.[0];
    expect(firstAnswerRow?.fr[0]?.text).toMatch(/^1\. Le Service public fédéral/);
    expect(firstAnswerRow?.nl[0]?.text).toMatch(/^1\. De Federale Overheidsdienst/);
    expect(firstAnswerRow?.fr[0]?.anchor).toBe("a-fr-1");
  });

  it("counts an unanswered question's wait to today while its legislature runs, and resolves its sibling 5-8902 as answered", async () => {
    const page = await getQuestionPage({ id: "5-8900", today: "2013-05-10", db });
    expect(page?.status).toEqual({ kind: "reminded", days: 10, reminders: 1 });
    expect(page?.reader.answer).toBeNull();
    expect(page?.siblings[0]).toMatchObject({ id: "5-8902", isInArchive: true, status: { kind: "answered", days: 293 } });
  });

  it("returns null for unknown and malformed ids", async () => {
    expect(await getQuestionPage({ id: "9-99999", db })).toBeNull();
    expect(await getQuestionPage({ id: "abc", db })).toBeNull();
    expect(await getQuestionPage({ id: "5-8902'; DROP TABLE question; --", db })).toBeNull();
  });

  it("lists the questions of a descriptor, and nothing for an unknown one", async () => {
    const page = await getQuestionPage({ id: "5-8902", db });
    const socialMedia = page?.descriptors.find((descriptor) => descriptor.fr === "médias sociaux");
    expect(socialMedia).toBeDefined();
    const list = await listQuestionsWithDescriptor({ descriptorId: socialMedia?.id ?? 0, db });
    expect(list?.descriptor).toEqual({ id: socialMedia?.id, fr: "médias sociaux", nl: "sociale media" });
    expect(list?.total).toBe(2);
    expect(list?.questions.map((question) => question.id).sort()).toEqual(["5-8900", "5-8902"]);
    expect(await listQuestionsWithDescriptor({ descriptorId: 999_999, db })).toBeNull();
  });

  it("reads the record back exactly as the parser made it, and nothing for an id not in the archive", async () => {
    expect(await getQuestion({ id: "5-8902", db })).toEqual(parseDocument(await readFile(REAL_DOCUMENT), REAL_DOCUMENT));
    expect(await getQuestion({ id: "5-8903", db })).toBeNull();
    expect(await getQuestion({ id: "05-8902", db })).toBeNull();
  });

  it("lists questions newest first, a page at a time, with their summary", async () => {
    const all = await listQuestions({ db });
    expect(all.total).toBe(2);
    expect(all.questions.map((question) => [question.id, question.status, question.answerReceivedOn])).toEqual([
      ["5-8900", "lapsed", null],
      ["5-8902", "answered", "2014-02-17"],
    ]);
    const second = await listQuestions({ limit: 1, offset: 1, db });
    expect(second).toMatchObject({ total: 2, questions: [{ id: "5-8902", author: { name: "Martine Taelman", party: "Open Vld" } }] });
    expect(await getDescriptor({ id: 999_999, db })).toBeNull();
  });
});
