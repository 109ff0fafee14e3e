/**
 * The reader's read functions against a real database: the page data for 5-8902 (siblings
 * resolved against the archive, status, timeline, aligned rows) and the descriptor list, with a
 * second document (tests/fixtures/reader: 5-8900, unanswered, to the Minister of Justice) so that
 * one sibling is in the archive.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool } from "@/lib/db/pool";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDocuments } from "@/lib/db/seed";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseTargets, type TestDatabase } from "../support/databases";

const DOCUMENTS = [path.resolve("seeds/000_dc0ab1c61fd4920e.txt"), path.resolve("tests/fixtures/reader/5-8900_sibling-unanswered.txt")];

// The app's Prisma client reads DATABASE_URL on first use and is shared, so one database serves this file.
const [target] = databaseTargets();

describe(`reader data on ${target?.name}`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    if (!target) throw new Error("no database target");
    database = await target.create();
    const pool = createPool(database.url, 2);
    try {
      await prepareDatabase(pool, { seedIfEmpty: false });
      const summary = await seedDocuments({ pool, files: DOCUMENTS });
      expect(summary.failed).toEqual([]);
    } finally {
      await pool.end();
    }
    process.env.DATABASE_URL = database.url;
  });

  afterAll(async () => {
    await (globalThis as unknown as { prisma?: PrismaClient }).prisma?.$disconnect();
    await database?.drop();
  });

  it("shapes 5-8902 for its page", async () => {
    const { getQuestionPage } = await import("@/lib/data/question-page");
    const page = await getQuestionPage({ id: "5-8902", today: "2026-11-29" });
    expect(page).not.toBeNull();
    if (!page) return;
    expect(page.record.id).toBe("5-8902");
    expect(page.status).toEqual({ kind: "answered", answeredOn: "2014-02-17", days: 293, reminders: 1 });
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
      status: { kind: "awaiting", days: 4961, reminders: 1 }, // 30 April 2013 to 29 November 2026
    });
    expect(page.siblings.slice(1).every((sibling) => !sibling.isInArchive)).toBe(true);
    expect(page.siblings.map((sibling) => sibling.id)).toEqual(page.record.alsoAskedTo);
    const firstAnswerRow = page.reader.answer?.[0];
    expect(firstAnswerRow?.fr[0]?.text).toMatch(/^1\. Le Service public fédéral/);
    expect(firstAnswerRow?.nl[0]?.text).toMatch(/^1\. De Federale Overheidsdienst/);
    expect(firstAnswerRow?.fr[0]?.anchor).toBe("a-fr-1");
  });

  it("counts an unanswered question's wait to today, and resolves its sibling 5-8902 as answered", async () => {
    const { getQuestionPage } = await import("@/lib/data/question-page");
    const page = await getQuestionPage({ id: "5-8900", today: "2013-05-10" });
    expect(page?.status).toEqual({ kind: "awaiting", days: 10, reminders: 1 });
    expect(page?.reader.answer).toBeNull();
    expect(page?.siblings[0]).toMatchObject({ id: "5-8902", isInArchive: true, status: { kind: "answered", days: 293 } });
  });

  it("returns null for unknown and malformed ids", async () => {
    const { getQuestionPage } = await import("@/lib/data/question-page");
    expect(await getQuestionPage({ id: "9-99999" })).toBeNull();
    expect(await getQuestionPage({ id: "abc" })).toBeNull();
    expect(await getQuestionPage({ id: "5-8902'; DROP TABLE question; --" })).toBeNull();
  });

  it("lists the questions of a descriptor, and nothing for an unknown one", async () => {
    const { getQuestionPage } = await import("@/lib/data/question-page");
    const { listQuestionsWithDescriptor } = await import("@/lib/data/questions");
    const page = await getQuestionPage({ id: "5-8902" });
    const socialMedia = page?.descriptors.find((descriptor) => descriptor.fr === "médias sociaux");
    expect(socialMedia).toBeDefined();
    const list = await listQuestionsWithDescriptor({ descriptorId: socialMedia?.id ?? 0 });
    expect(list?.descriptor).toEqual({ id: socialMedia?.id, fr: "médias sociaux", nl: "sociale media" });
    expect(list?.total).toBe(2);
    expect(list?.questions.map((question) => question.id).sort()).toEqual(["5-8900", "5-8902"]);
    expect(await listQuestionsWithDescriptor({ descriptorId: 999_999 })).toBeNull();
  });
});
