/**
 * Property: no value of any search parameter, however hostile (tsquery operators, quotes and
 * backslashes, SQL fragments, NUL and other control characters, lone surrogates, very long
 * strings), makes the search function throw or /api/search answer anything but a 200 with a
 * well-formed body that leaks no database error. Runs against the search function directly
 * and against the exported GET route handler with a Request object (no server).
 */
import path from "node:path";
import fc from "fast-check";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { searchQuestions } from "@/lib/data/search";
import { type Database } from "@/lib/db/prisma";
import { parseSearchParams } from "@/lib/search/parse-params";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";
import { testClient } from "../support/test-client";

const FIXTURES = path.resolve("tests/fixtures/search");
const RUNS = Number(process.env.SEARCH_FUZZ_RUNS ?? 1000);

const PARAMETER_NAMES = ["q", "minister", "author", "party", "legislature", "from", "to", "status", "sort", "page", "size"] as const;

const hostileFragments = fc.constantFrom(
  "&", "|", "!", ":", "*", "(", ")", "'", '"', "\\", "<->", "<2>", ":*", "!!", "&&", "||", "-", "--", "OR", "or", "AND", "NOT",
  "'; DROP TABLE question; --", "' OR '1'='1", "$1", "$$", "\\x00", "%00", "\u0000", "\u0007", "\u001b[31m", "\r\n", "\t",
  "\ud800", "\udfff", "\ufeff", "\uffff", "%", "_", "5-8902", "8902", "0", "-1", "1e309", "NaN", "Infinity", "9".repeat(40),
  "2013-02-31", "0000-00-00", "answered", "relevance", "étrangères", "gevangenissen", "\"sociale media\"", "-", ":", "'\\''",
);

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.array(hostileFragments, { maxLength: 12 }).map((parts) => parts.join(" ")),
  fc.array(hostileFragments, { maxLength: 12 }).map((parts) => parts.join("")),
  fc.string({ minLength: 1000, maxLength: 5000 }),
  fc.constant("x".repeat(100_000)),
);

/**
 * Values of the right shape for some parameter, over its whole syntactic range: any calendar-looking
 * date from year 0000 to 9999 (PostgreSQL refuses year 0), any integer near or far past a bound.
 * Those are the ones a validator accepts by mistake; hostile strings are refused anyway.
 */
const wellFormedValue = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([year, month, day]) => `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  ),
  fc.constantFrom("0000-01-01", "0001-01-01", "1830-12-31", "1831-01-01", "2999-12-31", "3000-01-01", "9999-12-31", "2012-02-29", "2013-02-29"),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom("0", "1", "99", "100", "101", "500", "501", "999", "1000", "2147483648", "1e3", "0x10", "1.5", "-0"),
  fc.constantFrom("answered", "awaiting", "reminded", "relevance", "newest", "oldest", "longest-awaiting"),
);

/** Some of the parameters, each a hostile or well-formed value (and sometimes repeated). */
const hostileQuery = fc
  .array(fc.tuple(fc.constantFrom(...PARAMETER_NAMES), fc.oneof(hostileString, wellFormedValue)), { minLength: 1, maxLength: 5 })
  .map((pairs) => {
    const query = new URLSearchParams();
    for (const [name, value] of pairs) query.append(name, value);
    return query;
  });

describe.each(databaseTargets())("hostile search parameters on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    await migrateAndSeed(pool, [FIXTURES]);
    db = testClient(database);
    await useAppDatabase(database);
  });

  afterAll(async () => {
    await useAppDatabase(undefined);
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  it("the search function never throws and returns a consistent outcome", async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        const outcome = await searchQuestions({ ...parseSearchParams(query), db });
        expect(outcome.params.page).toBeGreaterThanOrEqual(1);
        if (outcome.kind === "results") {
          expect(outcome.total).toBeGreaterThanOrEqual(0);
          expect(outcome.hits.length).toBeLessThanOrEqual(outcome.params.size);
        } else {
          // Nothing here is slow: an unavailable outcome would be a failure to explain.
          expect(outcome.kind).toBe("redirect");
          if (outcome.kind === "redirect") expect(outcome.hit.record.id).toBe(outcome.id);
        }
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("/api/search always answers 200 with JSON and no error text", async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        const response = await GET(new Request(`http://archive.test/api/search?${query.toString()}`));
        expect(response.status).toBe(200);
        const text = await response.text();
        const body = JSON.parse(text) as { total: number; results: unknown[]; error?: string };
        expect(body.error).toBeUndefined();
        expect(typeof body.total).toBe("number");
        expect(Array.isArray(body.results)).toBe(true);
        expect(text).not.toMatch(/syntax error|PrismaClient|at Object\.|ERROR:|invalid byte sequence/);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it("a date PostgreSQL cannot store (year 0) is a notice, not a 500", async () => {
    for (const name of ["from", "to"]) {
      const response = await GET(new Request(`http://archive.test/api/search?${name}=0000-01-01`));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { notices: { param: string }[] };
      expect(body.notices).toEqual([{ param: name, value: "0000-01-01", reason: "ignored" }]);
    }
  });

  it("answers a raw, unencoded hostile URL too", async () => {
    const raw = "http://archive.test/api/search?q=%00%27%3B%20DROP%20TABLE%20question%3B--&page=%FF&size=%E0%A4%A&q=%";
    const response = await GET(new Request(raw));
    expect(response.status).toBe(200);
  });
});

