/**
 * Search relevance and behaviour on a fixed corpus of seven documents in the source layout
 * (tests/fixtures/search), loaded by the real loader into fresh databases: stemming in both
 * languages, accent folding, phrases, exclusion, OR, question numbers, minister and author
 * lookups (words in either language, typos), facet counts, sort orders and page boundaries.
 *
 * The corpus: 4-789 (2009, lapsed, cdH, Justice and Interior), 4-1234 (2009, lapsed, MR,
 * Justice; Dutch "gevangenis" only), 4-1240 (2009, lapsed after a reminder, Open Vld, Justice;
 * Dutch "gevangenissen" only), 5-345 (2012, lapsed, PS), 5-2001 (2012, answered, sp.a),
 * 5-6543 (2012, answered, CD&V), 5-8902 (2013, answered, Open Vld, Foreign Affairs).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchQuestions, type SearchOutcome, type SearchResults } from "@/lib/data/search";
import { type Database } from "@/lib/db/prisma";
import { poolExecutor } from "@/lib/db/sql";
import { collectSourceFiles } from "@/lib/db/seed";
import { parseSearchParams } from "@/lib/search/parse-params";
import { understandQuery } from "@/lib/search/run";
import { searchFilters } from "@/lib/search/sql/filters";
import { NO_NAMED_FILTERS, resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { Prisma } from "@/lib/generated/prisma/client";
import { resultPageSql, type ResultPageRow } from "@/lib/search/sql/result-page";
import { parseDocument } from "@/lib/source/parse";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const FIXTURES = path.resolve("tests/fixtures/search");

describe.each(databaseTargets())("search on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    const summary = await migrateAndSeed(pool, [FIXTURES]);
    expect(summary.failed).toEqual([]);
    expect(summary.loaded).toBe(7);
    db = testClient(database);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  const run = (query: string): Promise<SearchOutcome> => searchQuestions({ ...parseSearchParams(new URLSearchParams(query)), db });
  /** The results of a query that is not a question number. */
  const search = async (query: string): Promise<SearchResults> => {
    const outcome = await run(query);
    if (outcome.kind !== "results") throw new Error(`expected results for ${query}, got ${outcome.kind === "redirect" ? `a redirect to ${outcome.id}` : "unavailable"}`);
    return outcome;
  };
  const ids = (outcome: SearchResults) => outcome.hits.map((hit) => hit.record.id);
  const sortedIds = (outcome: SearchResults) => ids(outcome).sort();
  const facet = (outcome: SearchResults, name: keyof SearchResults["facets"]) =>
    Object.fromEntries(outcome.facets[name].map((value) => [value.value, value.count]));

  describe("words", () => {
    it("stems French: 'prison' finds 'prisons' and 'prison'", async () => {
      expect(sortedIds(await search("q=prison"))).toEqual(["4-1234", "4-1240"]);
    });

    it("stems Dutch, doubled consonants included, both ways", async () => {
      expect(sortedIds(await search("q=gevangenissen"))).toEqual(["4-1234", "4-1240"]);
      expect(sortedIds(await search("q=gevangenis"))).toEqual(["4-1234", "4-1240"]);
      expect(sortedIds(await search("q=burger"))).toEqual(["5-8902"]);
    });

    it("ignores accents and finds the singular from the plural and back", async () => {
      expect(ids(await search("q=etrangeres"))).toContain("5-8902");
      expect(ids(await search("q=médias"))).toEqual(["5-8902"]);
      expect(ids(await search("q=media"))).toEqual(["5-8902"]);
      expect(ids(await search("q=MÉDIA"))).toEqual(["5-8902"]);
    });

    it("matches a quoted phrase in order only", async () => {
      expect(ids(await search(`q=${encodeURIComponent('"communicatie met burgers"')}`))).toEqual(["5-8902"]);
      expect(ids(await search(`q=${encodeURIComponent('"burgers met communicatie"')}`))).toEqual([]);
    });

    it("matches a quoted phrase holding a hyphenated word, whose whole holds a place before its parts", async () => {
      expect(ids(await search(`q=${encodeURIComponent('"Belgisch EU-voorzitterschap"')}`))).toContain("4-789");
    });

    it("finds a French word with an inner apostrophe although the Dutch dictionary holds one of its halves", async () => {
      // The parser reads "aujourd'hui" as aujourd, hui; "hui" alone is Dutch to the dictionaries.
      expect(ids(await search(`q=${encodeURIComponent("aujourd'hui")}`))).toContain("4-1234");
      expect(ids(await search(`q=${encodeURIComponent('"compte aujourd’hui"')}`))).toEqual(["4-1234"]);
    });

    it("matches a quoted phrase with an elided article inside, whichever apostrophe is typed", async () => {
      // The vectors keep the article's place: "l'" is a stop word between "de" and the noun.
      expect(ids(await search(`q=${encodeURIComponent('"sur le site de l\'Office"')}`))).toEqual(["5-2001"]);
      expect(ids(await search(`q=${encodeURIComponent('"site de l’office"')}`))).toEqual(["5-2001"]);
      expect(ids(await search(`q=${encodeURIComponent('"de l\'image de la Belgique"')}`))).toEqual(["5-8902"]);
      expect(ids(await search(`q=${encodeURIComponent('"site l\'Office"')}`))).toEqual([]);
    });

    it("finds a document from any quoted stretch of its text: stop words, elided articles and hyphenated words hold their places", async () => {
      // Two- and three-word stretches of each document's subjects and first paragraphs, as a
      // reader copies them into the search box. The phrase's distances must be the vectors' own.
      let compared = 0;
      for (const file of await collectSourceFiles([FIXTURES])) {
        const record = parseDocument(await readFile(file), file);
        const texts = [
          { language: "fr", text: record.subject.fr }, { language: "nl", text: record.subject.nl },
          { language: "fr", text: record.question.fr[0] ?? "" }, { language: "nl", text: record.question.nl[0] ?? "" },
        ] as const;
        for (const { language, text } of texts) {
          const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).slice(0, 40);
          for (let start = 0; start + 2 <= words.length; start += 2) {
            const phrase = `"${words.slice(start, start + 2 + (start % 4 === 0 ? 1 : 0)).join(" ")}"`;
            // Only stop words of its language ("de la"): nothing to search there.
            const { plan } = await understandQuery(poolExecutor(pool), phrase);
            if (!plan.groups[0]?.[0]?.[language]) continue;
            expect(ids(await search(`q=${encodeURIComponent(phrase)}&size=100`)), phrase).toContain(record.id);
            compared += 1;
          }
        }
      }
      expect(compared).toBeGreaterThan(100);
    });

    it("excludes a -word", async () => {
      expect(ids(await search(`q=${encodeURIComponent("prison -Mons")}`))).toEqual(["4-1240"]);
    });

    it("takes OR as either word", async () => {
      expect(sortedIds(await search("q=syrie+OR+nmbs"))).toEqual(["5-2001", "5-345"]);
      expect(ids(await search("q=syrie+nmbs"))).toEqual([]);
    });

    it("highlights the matched words in each language's snippet", async () => {
      const [hit] = (await search("q=gevangenissen")).hits;
      const marked = hit?.snippets?.nl.filter((segment) => segment.isMatch).map((segment) => segment.text.toLowerCase());
      expect(marked?.length).toBeGreaterThan(0);
      expect(marked?.every((word) => word.startsWith("gevangenis"))).toBe(true);
      const french = (await search("q=prison")).hits[0]?.snippets?.fr;
      expect(french?.some((segment) => segment.isMatch && segment.text.toLowerCase().startsWith("prison"))).toBe(true);
    });

    it("says so when only stop words were typed", async () => {
      const outcome = await search("q=de");
      expect(outcome.hasNoSearchableWords).toBe(true);
      expect(outcome.total).toBe(0);
    });
  });

  describe("question numbers", () => {
    it("goes straight to a question by its id or its number", async () => {
      const redirectOf = async (query: string) => {
        const outcome = await run(query);
        return outcome.kind === "redirect" ? [outcome.id, outcome.hit.record.id] : null;
      };
      expect(await redirectOf("q=5-8902")).toEqual(["5-8902", "5-8902"]);
      expect(await redirectOf("q=8902")).toEqual(["5-8902", "5-8902"]);
      expect(await redirectOf(`q=${encodeURIComponent("n° 4-1240")}`)).toEqual(["4-1240", "4-1240"]);
    });

    it("searches as usual when no question has that number", async () => {
      const outcome = await search("q=9999");
      expect(outcome.kind).toBe("results");
      expect(outcome.total).toBe(0);
    });
  });

  describe("minister and author", () => {
    it("says which words of a query are an author's or a portfolio's name: whole words, accents and case aside", async () => {
      expect((await search("q=taelman+prisons")).names).toEqual([
        { word: "taelman", kind: "author", name: { fr: "Martine Taelman", nl: "Martine Taelman" } },
      ]);
      expect((await search("q=TAELMAN")).names.map((name) => name.word)).toEqual(["taelman"]);
      expect((await search("q=taelm")).names).toEqual([]);
      expect((await search("q=justice")).names).toContainEqual(
        { word: "justice", kind: "minister", name: { fr: "ministre de la Justice", nl: "minister van Justitie" } });
    });

    it("finds a minister by French words of the portfolio", async () => {
      expect(ids(await search(`minister=${encodeURIComponent("Affaires étrangères")}`))).toEqual(["5-8902"]);
      expect(ids(await search("minister=affaires+etrangeres"))).toEqual(["5-8902"]);
    });

    it("finds a minister by Dutch words, without its near-twin", async () => {
      // "Buitenlandse Zaken" (foreign affairs), not "Binnenlandse Zaken" (interior, 4-789 and 5-6543).
      expect(ids(await search("minister=Buitenlandse+Zaken"))).toEqual(["5-8902"]);
      expect(sortedIds(await search("minister=Binnenlandse+Zaken"))).toEqual(["4-789", "5-6543"]);
    });

    it("finds a minister despite a typo", async () => {
      expect(sortedIds(await search("minister=Justise"))).toEqual(["4-1234", "4-1240", "4-789"]);
      expect(sortedIds(await search("minister=Justice"))).toEqual(["4-1234", "4-1240", "4-789"]);
    });

    it("finds an author despite a typo", async () => {
      expect(sortedIds(await search("author=Taelmann"))).toEqual(["4-1240", "5-8902"]);
      expect(ids(await search("author=destrebeck"))).toEqual(["4-1234"]);
    });

    it("reads the filters' names as ids in a round trip of their own, and hands them to the planner as values", async () => {
      const query = poolExecutor(pool);
      const portfolios = async (minister: string) => (await resolveNamedFilters(query, { minister, author: "" })).addresseeIds;
      const justice = await portfolios("Justice");
      expect(justice).toHaveLength(2); // "ministre de la Justice", and "ministres de la Justice et de l'Intérieur" (4-789)
      expect(await portfolios("Justise")).toEqual(justice);
      expect(await portfolios("Buitenlandse Zaken")).toHaveLength(1);
      expect(await portfolios("Agriculture spatiale")).toEqual([]);
      expect(await resolveNamedFilters(query, { minister: "", author: "Taelman" })).toEqual({ addresseeIds: null, authorIds: [expect.any(Number)] });
      // Nothing named, nothing found: an empty list is no filter set.
      expect((await search("minister=Agriculture+spatiale")).total).toBe(0);
      // The ids are constants of the statement, which the planner estimates; not a subquery it cannot see into.
      const { params } = parseSearchParams({ minister: "Justice", author: "Taelman" });
      const filters = searchFilters(params, null, await resolveNamedFilters(query, params));
      const page = resultPageSql({ filters, plan: null, sort: "newest", offset: 0, limit: 10 });
      const plan = (await query<{ "QUERY PLAN": string }>(Prisma.sql`EXPLAIN ${page}`)).map((row) => row["QUERY PLAN"]).join("\n");
      expect(plan).not.toMatch(/InitPlan|SubPlan/);
      expect(plan).toMatch(/addressee_id = ANY \('\{\d+,\d+\}'::integer\[\]\)/);
      expect(() => searchFilters(params, null, NO_NAMED_FILTERS)).toThrow(/minister filter is set but its ids were not resolved/);
    });
  });

  describe("facets", () => {
    it("counts every facet over the whole archive when nothing is chosen", async () => {
      const outcome = await search("");
      expect(outcome.total).toBe(7);
      expect(facet(outcome, "status")).toEqual({ answered: 3, lapsed: 4 });
      expect(facet(outcome, "year")).toEqual({ "2009": 3, "2012": 3, "2013": 1 });
      expect(facet(outcome, "party")).toEqual({ "Open Vld": 2, cdH: 1, MR: 1, PS: 1, "sp.a": 1, "CD&V": 1 });
      expect(facet(outcome, "minister")["ministre de la Justice"]).toBe(2);
      expect(outcome.facets.session.map((value) => [value.value, value.count])).toEqual([
        ["2012-2013", 1], ["2011-2012", 3], ["2009-2010", 1], ["2008-2009", 2],
      ]);
    });

    it("counts each facet with every filter but its own", async () => {
      const outcome = await search("status=answered");
      expect(outcome.total).toBe(3);
      expect(facet(outcome, "status")).toEqual({ answered: 3, lapsed: 4 });
      expect(facet(outcome, "year")).toEqual({ "2012": 2, "2013": 1 });
      expect(facet(outcome, "party")).toEqual({ "Open Vld": 1, "sp.a": 1, "CD&V": 1 });

      const justice = await search("minister=ministre+de+la+Justice&party=MR");
      expect(ids(justice)).toEqual(["4-1234"]);
      expect(facet(justice, "minister")).toEqual({ "ministre de la Justice": 1 });
      expect(facet(justice, "party")).toEqual({ MR: 1, "Open Vld": 1 });
      expect(facet(justice, "status")).toEqual({ lapsed: 1 });
    });

    it("counts facets of a word query and filters by year through from/to", async () => {
      const outcome = await search("q=prison&from=2009-03-03&to=2009-12-31");
      expect(ids(outcome)).toEqual(["4-1240"]);
      expect(facet(outcome, "year")).toEqual({ "2009": 2 });
      expect(facet(outcome, "status")).toEqual({ lapsed: 1 });
    });

    it("filters on the status: the questions left unanswered when their legislature ended", async () => {
      // Every unanswered question of these fixtures is from legislature 4 or 5, both dissolved.
      expect(sortedIds(await search("status=lapsed"))).toEqual(["4-1234", "4-1240", "4-789", "5-345"]);
      expect(ids(await search("status=awaiting"))).toEqual([]);
    });

    it("suggests which filters to drop when nothing matches", async () => {
      const outcome = await search("q=prison&party=PS&status=answered");
      expect(outcome.total).toBe(0);
      expect(outcome.loosen).toEqual(["party", "status"]);
    });
  });

  describe("sort orders", () => {
    it("orders by date, both ways", async () => {
      const newest = ["5-8902", "5-6543", "5-345", "5-2001", "4-789", "4-1240", "4-1234"];
      expect(ids(await search("sort=newest"))).toEqual(newest);
      expect(ids(await search("sort=oldest"))).toEqual([...newest].reverse());
      // Without words, relevance has nothing to rank: newest first.
      expect(ids(await search(""))).toEqual(newest);
    });

    it("puts the longest awaiting first: unanswered by age, then answered by how long they took", async () => {
      expect(ids(await search("sort=longest-awaiting"))).toEqual(["4-1234", "4-1240", "4-789", "5-345", "5-8902", "5-2001", "5-6543"]);
    });

    it("ranks a subject match above body matches, and ranks by weight", async () => {
      // "belge": in 4-789's subject (weight A), eight times in 5-8902's answer (weight D).
      const outcome = await search("q=belge");
      expect(ids(outcome)).toEqual(["4-789", "5-8902"]);
      const [first, second] = outcome.hits;
      expect(first!.rank!).toBeGreaterThan(second!.rank!);
    });

    it("keeps one order across pages when the ranking window is smaller than the matches", async () => {
      const text = "prison OR belge OR syrie OR nmbs OR politie OR media";
      const whole = ids(await search(`q=${encodeURIComponent(text)}&size=100`));
      expect(whole.length).toBeGreaterThan(3);
      // The statement behind a page, with a ranking window smaller than this corpus.
      const { params } = parseSearchParams({ q: text });
      const { plan } = await understandQuery(poolExecutor(pool), text);
      const filters = searchFilters(params, plan, NO_NAMED_FILTERS);
      const pageOf = async (offset: number, rankWindow: number) =>
        (await poolExecutor(pool)<ResultPageRow>(resultPageSql({ filters, plan, sort: "relevance", offset, limit: 1, rankWindow }))).map((row) => row.id);
      for (const rankWindow of [1, 2, 3]) {
        const paged: string[] = [];
        for (let offset = 0; offset < whole.length; offset++) paged.push(...(await pageOf(offset, rankWindow)));
        expect(new Set(paged).size).toBe(whole.length);
        expect([...paged].sort()).toEqual([...whole].sort());
      }
    });

    it("reads a window that tier 0 fills newest first, with the order the tiers give", async () => {
      // One group of terms, some in subjects or descriptors (tier 0), none reaching Dutch compounds.
      const text = "prison OR belge OR syrie OR nmbs OR media";
      const { params } = parseSearchParams({ q: text });
      const { plan } = await understandQuery(poolExecutor(pool), text);
      expect(plan!.groups).toHaveLength(1);
      expect(plan!.hasCompounds).toBe(false);
      // The same words as two identical groups: the same matches and tiers, but a plan that the
      // head vectors cannot answer, so it is read through the tiers of every match.
      const throughTiers = { ...plan!, groups: [...plan!.groups, ...plan!.groups] };
      const page = (rankWindow: number, offset: number, limit: number, which = plan!) =>
        resultPageSql({ filters: searchFilters(params, which, NO_NAMED_FILTERS), plan: which, sort: "relevance", offset, limit, rankWindow });
      const rows = async (sql: Prisma.Sql) => (await poolExecutor(pool)<ResultPageRow>(sql)).map((row) => `${row.id} ${row.rank}`);
      for (const rankWindow of [1, 2, 3, 4, 200]) {
        for (let offset = 0; offset < Math.min(rankWindow, 8); offset++) {
          expect(await rows(page(rankWindow, offset, 1)), `window ${rankWindow}, offset ${offset}`).toEqual(await rows(page(rankWindow, offset, 1, throughTiers)));
        }
      }
      const explain = async (sql: Prisma.Sql) =>
        (await poolExecutor(pool)<{ "QUERY PLAN": string }>(Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql}`)).map((row) => row["QUERY PLAN"]).join("\n");
      const tiersUnread = /CTE tiered\n\s*->[^\n]*\(never executed\)/;
      // 4-789's subject holds "belge": tier 0 fills a window of one, and the matches are not read.
      expect(await explain(page(1, 0, 1))).toMatch(tiersUnread);
      // A window larger than tier 0: every match is read, in tiers.
      expect(await explain(page(200, 0, 20))).not.toMatch(tiersUnread);
    });
  });

  describe("pages", () => {
    it("splits results into pages at the boundaries", async () => {
      const first = await search("sort=oldest&size=3");
      expect(first.total).toBe(7);
      expect(first.pageCount).toBe(3);
      expect(ids(first)).toEqual(["4-1234", "4-1240", "4-789"]);
      expect(ids(await search("sort=oldest&size=3&page=2"))).toEqual(["5-2001", "5-345", "5-6543"]);
      expect(ids(await search("sort=oldest&size=3&page=3"))).toEqual(["5-8902"]);
      const past = await search("sort=oldest&size=3&page=4");
      expect(past.hits).toEqual([]);
      expect(past.total).toBe(7);
      expect(ids(await search("sort=oldest&size=7"))).toHaveLength(7);
      expect((await search("sort=oldest&size=7")).pageCount).toBe(1);
    });

    it("falls back to the default for a bad value and says which", async () => {
      const outcome = await search("page=abc&status=sleeping&sort=random&from=2013-02-31&size=0");
      expect(outcome.notices.map((notice) => notice.param).sort()).toEqual(["from", "page", "size", "sort", "status"]);
      expect(outcome.total).toBe(7);
      expect(outcome.hits).toHaveLength(7);
    });
  });

  it("returns each hit as the public record, field for field", async () => {
    const outcome = await search("size=100");
    expect(outcome.hits).toHaveLength(7);
    for (const hit of outcome.hits) {
      const file = (await collectSourceFiles([FIXTURES])).find((name) => path.basename(name).startsWith(`${hit.record.id.replace(/-(\d+)$/, (_, n: string) => `-${n.padStart(4, "0")}`)}_`));
      expect(file, hit.record.id).toBeDefined();
      expect(hit.record).toEqual(parseDocument(await readFile(file!), file!));
    }
  });
});
