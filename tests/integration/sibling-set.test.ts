/**
 * The sibling set of 5-8902 against a real database, on PGlite and on PostgreSQL: the question
 * and its 18 siblings in one grid, each with its official senate.be page; the sibling the
 * archive holds (tests/fixtures/reader/5-8900: unanswered, lapsed 363 days after it was asked)
 * with its status, delay and reminders; the sort by delay; the answer's first lines. And a
 * searched number the archive does not hold, listed as a sibling or not (lib/data/siblings.ts).
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSiblingSet } from "@/lib/data/sibling-set";
import { findMissingQuestion } from "@/lib/data/siblings";
import { type Database } from "@/lib/db/prisma";
import { senateQuestionUrl } from "@/lib/reader/senate";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const DOCUMENTS = [path.resolve("seeds/000_dc0ab1c61fd4920e.txt"), path.resolve("tests/fixtures/reader/5-8900_sibling-unanswered.txt")];
const TODAY = "2026-11-29";
const SIBLING_IDS = Array.from({ length: 19 }, (_, index) => `5-${8900 + index}`).filter((id) => id !== "5-8902");

describe.each(databaseTargets())("sibling sets on $name", ({ create }) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await create();
    const pool = testPool(database, 2);
    try {
      expect((await migrateAndSeed(pool, DOCUMENTS)).failed).toEqual([]);
    } finally {
      await pool.end();
    }
    db = testClient(database);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("lists 5-8902 and its 18 siblings by number, each with its official page", async () => {
    const set = await getSiblingSet({ id: "5-8902", today: TODAY, db });
    expect(set).not.toBeNull();
    if (!set) return;
    expect(set.members.map((member) => member.id)).toEqual(["5-8900", "5-8901", "5-8902", ...SIBLING_IDS.slice(2)]);
    expect(set.members.filter((member) => member.id !== "5-8902").map((member) => member.id)).toEqual(SIBLING_IDS);
    expect(set.members.every((member) => senateQuestionUrl(member.id, "fr") !== null)).toBe(true);
    expect(set.counts).toEqual({ members: 19, inArchive: 2, answered: 1 });
    expect(set.members.filter((member) => !member.isInArchive)).toHaveLength(17);
  });

  it("shows the siblings the archive holds with their status, delay and reminders, and the answer's first lines", async () => {
    const set = await getSiblingSet({ id: "5-8902", today: TODAY, db });
    const byId = new Map(set?.members.map((member) => [member.id, member]));
    expect(byId.get("5-8900")).toEqual({
      id: "5-8900",
      number: 8900,
      isInArchive: true,
      isCurrent: false,
      addressee: { fr: "ministre de la Justice", nl: "minister van Justitie" },
      askedOn: "2013-04-30",
      status: { kind: "lapsed", legislatureEndedOn: "2014-04-28", days: 363, reminders: 1 },
      answerExcerpt: null,
    });
    const current = byId.get("5-8902");
    expect(current).toMatchObject({ isInArchive: true, isCurrent: true, status: { kind: "answered", days: 293, reminders: 1 } });
    if (!current?.isInArchive) return;
    expect(current.answerExcerpt?.fr).toMatch(/^1\. Le Service public fédéral/);
    expect(current.answerExcerpt?.nl).toMatch(/^1\. De Federale Overheidsdienst/);
    expect(current.answerExcerpt?.fr.length).toBeLessThanOrEqual(241);
  });

  it("sorts by delay, longest or shortest first, with the unknown delays last either way", async () => {
    const longest = await getSiblingSet({ id: "5-8902", sort: "delay-desc", today: TODAY, db });
    expect(longest?.members.slice(0, 3).map((member) => member.id)).toEqual(["5-8900", "5-8902", "5-8901"]);
    const shortest = await getSiblingSet({ id: "5-8902", sort: "delay-asc", today: TODAY, db });
    expect(shortest?.members.slice(0, 3).map((member) => member.id)).toEqual(["5-8902", "5-8900", "5-8901"]);
    expect(shortest?.members.at(-1)?.id).toBe("5-8918");
  });

  it("reads the same set from a sibling, and has no set for unknown or malformed ids", async () => {
    const fromSibling = await getSiblingSet({ id: "5-8900", today: TODAY, db });
    expect(fromSibling?.members).toHaveLength(19);
    expect(fromSibling?.members.find((member) => member.isCurrent)?.id).toBe("5-8900");
    expect(await getSiblingSet({ id: "9-99999", db })).toBeNull();
    expect(await getSiblingSet({ id: "not-an-id", db })).toBeNull();
  });

  it("tells a searched number the archive does not hold: a sibling that questions list, or a number of a Senate legislature that none does", async () => {
    const listed = await findMissingQuestion({ q: "5-8903", db });
    expect(listed?.kind === "listed" && { id: listed.id, listedBy: listed.listedBy.map((question) => question.id) }).toEqual({ id: "5-8903", listedBy: ["5-8900", "5-8902"] });
    // A bare number is read in the latest legislature that lists it.
    expect(await findMissingQuestion({ q: "8903", db })).toMatchObject({ kind: "listed", id: "5-8903" });
    // The archive is incomplete: a full number that nobody lists may still be on senate.be.
    expect(await findMissingQuestion({ q: "5-9999", db })).toEqual({ kind: "unlisted", id: "5-9999" });
    expect(await findMissingQuestion({ q: "n° 3 - 120", db })).toEqual({ kind: "unlisted", id: "3-120" });
    // Not missing, or not a page of senate.be: a question the archive holds, a bare number
    // nobody lists (of which legislature?), a legislature the Senate never had, words.
    for (const q of ["5-8902", "9999", "91-5", "prisons"]) expect(await findMissingQuestion({ q, db }), q).toBeNull();
  });
});
