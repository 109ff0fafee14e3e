/**
 * The sibling set of 5-8902 against a real database, on PGlite and on PostgreSQL: the question
 * and its 18 siblings in one grid, each with its official senate.be page; the sibling the
 * archive holds (tests/fixtures/reader/5-8900: unanswered, lapsed 363 days after it was asked)
 * with its status, delay and reminders; the sort by delay; the answer's first lines.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSiblingSet } from "@/lib/data/sibling-set";
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
});
