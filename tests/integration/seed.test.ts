import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/data/questions";
import { migrate, readMigrations, readRepeatables } from "@/lib/db/migrate";
import { collectSourceFiles, seedDocuments, storeRecord } from "@/lib/db/seed";
import { type Database } from "@/lib/db/prisma";
import { parseDocument } from "@/lib/source/parse";
import { databaseTargets, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const REAL_DOCUMENT = path.resolve("seeds/000_dc0ab1c61fd4920e.txt");

/** Every row of every archive table, in a stable order: "the same rows" made checkable. */
async function snapshot(pool: pg.Pool): Promise<Record<string, unknown[]>> {
  const tables = {
    author: "SELECT * FROM author ORDER BY id",
    addressee: "SELECT * FROM addressee ORDER BY id",
    descriptor: "SELECT * FROM descriptor ORDER BY id",
    question: "SELECT *, search_fr::text AS search_fr, search_nl::text AS search_nl FROM question ORDER BY id",
    question_descriptor: "SELECT * FROM question_descriptor ORDER BY question_id, position",
    timeline_event: "SELECT * FROM timeline_event ORDER BY question_id, position",
    sibling_link: "SELECT * FROM sibling_link ORDER BY question_id, position",
  };
  const result: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(tables)) result[table] = (await pool.query(sql)).rows;
  return result;
}

describe.each(databaseTargets())("seeding on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let prisma: Database;
  let workDir: string;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    prisma = testClient(database);
    workDir = await mkdtemp(path.join(os.tmpdir(), "archive-seed-"));
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
    await database?.drop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it("applies the migrations once, then finds nothing to do", async () => {
    const client = await pool.connect();
    try {
      const names = (await readMigrations()).map((migration) => migration.name);
      const functions = (await readRepeatables()).map((file) => file.name);
      expect(names[0]).toBe("20261129080000_init");
      expect(await migrate(client)).toEqual({ applied: names, reapplied: functions });
      expect(await migrate(client)).toEqual({ applied: [], reapplied: [] });
    } finally {
      client.release();
    }
  });

  it("stores the real document so that it reads back field for field", async () => {
    const summary = await seedDocuments({ pool, files: [REAL_DOCUMENT] });
    expect(summary).toEqual({ loaded: 1, updated: 0, unchanged: 0, failed: [] });
    expect(await getQuestion({ id: "5-8902", db: prisma })).toEqual(parseDocument(await readFile(REAL_DOCUMENT), REAL_DOCUMENT));
    // Every column also reads back through the typed client: schema.prisma matches the SQL.
    const row = await prisma.question.findUniqueOrThrow({ where: { id: "5-8902" }, include: { author: true, addressee: true, descriptors: true, events: true, siblings: true } });
    expect({ id: row.id, status: row.status, reminders: row.reminderCount, waited: row.waitedDays, year: row.askedYear }).toEqual({
      id: "5-8902", status: "answered", reminders: 1, waited: 293, year: 2013,
    });
    expect([row.descriptors.length, row.events.length, row.siblings.length]).toEqual([5, 3, 18]);
  });

  it("weights the search vectors: subject words carry weight A in their own language, names B", async () => {
    const { rows } = await pool.query(
      `SELECT search_fr @@ to_tsquery('archive_fr', 'etrangeres') AS folds_accents,
              search_fr @@ to_tsquery('archive_fr', 'citoyen:A') AS fr_subject_weighted,
              search_nl @@ to_tsquery('archive_nl', 'burgers:A') AS nl_subject_weighted,
              to_tsvector('archive_nl', 'De Burgers en hun gemeenten')::text AS nl_words_as_written,
              search_nl @@ to_tsquery('archive_nl', 'ministerie:B') AS nl_descriptor_weighted,
              search_fr @@ to_tsquery('archive_fr', 'taelman:B') AND search_nl @@ to_tsquery('archive_nl', 'taelman:B') AS author_weighted
       FROM question WHERE id = '5-8902'`,
    );
    // Dutch words are kept as written, stop words dropped (decision 0011): "burgers" is not stemmed to "burger".
    expect(rows[0]).toEqual({
      folds_accents: true, fr_subject_weighted: true, nl_subject_weighted: true, nl_words_as_written: "'burgers':2 'gemeenten':5",
      nl_descriptor_weighted: true, author_weighted: true,
    });
  });

  it("keeps the document's words in the vocabulary, described by the dictionaries", async () => {
    const { rows } = await pool.query(
      `SELECT word, language::text, lemmas, in_dictionary, in_other_dictionary FROM search_word
       WHERE (word, language::text) IN (('burgers', 'nl'), ('citoyens', 'fr'), ('taelman', 'fr'), ('taelman', 'nl')) ORDER BY word, language`,
    );
    expect(rows).toEqual([
      // The French dictionary has "burgers" too (the borrowed word): it is Dutch here all the same.
      { word: "burgers", language: "nl", lemmas: ["burger"], in_dictionary: true, in_other_dictionary: true },
      { word: "citoyens", language: "fr", lemmas: ["citoyen"], in_dictionary: true, in_other_dictionary: false },
      { word: "taelman", language: "fr", lemmas: [], in_dictionary: false, in_other_dictionary: false },
      { word: "taelman", language: "nl", lemmas: [], in_dictionary: false, in_other_dictionary: false },
    ]);
  });

  it("leaves every row as it was when the same document is seeded again", async () => {
    const before = await snapshot(pool);
    const summary = await seedDocuments({ pool, files: [REAL_DOCUMENT] });
    expect(summary).toEqual({ loaded: 0, updated: 0, unchanged: 1, failed: [] });
    expect(await snapshot(pool)).toEqual(before);
  });

  it("updates the record when its document changed, without leaving stale rows", async () => {
    const changed = path.join(workDir, "changed", "5-8902.txt");
    const original = await readFile(REAL_DOCUMENT, "utf8");
    await cp(REAL_DOCUMENT, changed);
    await writeFile(changed, original.replace("18/12/2013Rappel\n", "").replace("18/12/2013Rappel\n", ""));
    const summary = await seedDocuments({ pool, files: await collectSourceFiles([path.dirname(changed)]) });
    expect(summary).toEqual({ loaded: 0, updated: 1, unchanged: 0, failed: [] });
    const { rows } = await pool.query("SELECT kind FROM timeline_event WHERE question_id = '5-8902' ORDER BY position");
    expect(rows.map((row) => row.kind)).toEqual(["sent", "answer"]);
    const counts = await pool.query(
      "SELECT (SELECT count(*) FROM question)::int AS questions, (SELECT count(*) FROM sibling_link)::int AS siblings",
    );
    expect(counts.rows[0]).toEqual({ questions: 1, siblings: 18 });
    // Back to the published version for the tests that follow.
    expect((await seedDocuments({ pool, files: [REAL_DOCUMENT] })).updated).toBe(1);
  });

  it("reports a bad document, loads the others, and leaves the bad one's stored record untouched", async () => {
    const folder = path.join(workDir, "mixed");
    const original = await readFile(REAL_DOCUMENT, "utf8");
    // The sibling 5-8903, which lists 5-8902 where 5-8902 lists it.
    const sibling = original
      .replaceAll("5-8902", "5-8903")
      .replaceAll("schriftelijke vraag 5-8903\n", "schriftelijke vraag 5-8902\n");
    await cp(REAL_DOCUMENT, path.join(folder, "a-good.txt"));
    await writeFile(path.join(folder, "b-sibling.txt"), sibling);
    // 5-8902 already stored: a broken new version of it must not touch what is there.
    await writeFile(path.join(folder, "c-broken.txt"), original.replace("30/4/2013Verzending vraag", "31/2/2013Verzending vraag"));
    const before = await snapshot(pool);
    const summary = await seedDocuments({ pool, files: await collectSourceFiles([folder]) });
    expect(summary.loaded).toBe(1);
    expect(summary.unchanged).toBe(1);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]?.file).toBe(path.join(folder, "c-broken.txt"));
    expect(summary.failed[0]?.reason).toContain(path.join(folder, "c-broken.txt"));
    expect(summary.failed[0]?.reason).toContain("31/2/2013");
    const after = await snapshot(pool);
    expect(after.question?.find((row) => (row as { id: string }).id === "5-8902")).toEqual(
      before.question?.find((row) => (row as { id: string }).id === "5-8902"),
    );
    const ids = (await pool.query("SELECT id FROM question ORDER BY id")).rows.map((row) => row.id);
    expect(ids).toEqual(["5-8902", "5-8903"]);
  });

  it("writes a document whole or not at all when the database rejects part of it", async () => {
    const record = parseDocument(await readFile(REAL_DOCUMENT), REAL_DOCUMENT);
    // Bypasses the parser's validation to make the database fail late, after the question row.
    const broken = { ...record, id: "5-9999", number: 9999, events: [{ date: "2013-02-31", kind: "sent" as const }] };
    await expect(storeRecord(pool, broken, "broken.txt")).rejects.toThrow();
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM question WHERE id = '5-9999'");
    expect(rows[0]).toEqual({ n: 0 });
  });

  it("keeps the other documents of a batch when the database rejects one of them", async () => {
    const record = parseDocument(await readFile(REAL_DOCUMENT), REAL_DOCUMENT);
    const good = { ...record, id: "5-9001", number: 9001 };
    // Bypasses the parser's validation so that only the database can reject it, late.
    const broken = { ...record, id: "5-9002", number: 9002, events: [{ date: "2013-02-31", kind: "sent" }] };
    const { rows } = await pool.query(
      "SELECT ordinal, outcome, error FROM archive_upsert_questions($1::jsonb, $2::text[], $3::text[])",
      [JSON.stringify([good, broken]), ["hash-good", "hash-broken"], ["good.txt", "broken.txt"]],
    );
    expect(rows[0]).toEqual({ ordinal: 0, outcome: "loaded", error: null });
    expect(rows[1]).toMatchObject({ ordinal: 1, outcome: null });
    expect(rows[1].error).toMatch(/date\/time field value out of range/);
    const stored = await pool.query("SELECT id FROM question WHERE id IN ('5-9001', '5-9002') ORDER BY id");
    expect(stored.rows).toEqual([{ id: "5-9001" }]);
    const orphans = await pool.query("SELECT count(*)::int AS n FROM timeline_event WHERE question_id = '5-9002'");
    expect(orphans.rows[0]).toEqual({ n: 0 });
  });
});
