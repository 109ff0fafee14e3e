/**
 * The Atom feeds against a real database, on PGlite and on PostgreSQL, read back with a feed
 * parser (feedsmith): each must be recognized as Atom among the feed formats and read as an Atom
 * feed, with what RFC 4287 requires of a feed and of each entry (id, title, updated as an RFC
 * 3339 date, an author, links); the entries are the expected questions or answers, newest first,
 * with their ids, titles, links and dates; the search's filters apply (a minister page's feed by
 * the addressee's id, named after the portfolio, a member's by name); and every link is on
 * PUBLIC_ORIGIN whatever Host the request names.
 */
import path from "node:path";
import type pg from "pg";
import { parseAtomFeed, parseFeed, type AtomFeed } from "feedsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/[locale]/feeds/[file]/route";
import { feedPath, memberFeedPath, ministerFeedPath } from "@/lib/i18n/feed-paths";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";

const ORIGIN = "https://archive.example.org";
const SOURCES = [path.resolve("seeds"), path.resolve("tests/fixtures/reader"), path.resolve("tests/fixtures/search")];
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** What the tests compare of an entry: its id, title, link and updated date. */
type ReadEntry = { id: string; title: string; link: string; updated: string };
type ReadFeed = { title: string; links: { href: string; rel?: string }[]; updated: string; entries: ReadEntry[] };

async function fetchFeed(feedAddress: string): Promise<{ response: Response; xml: string }> {
  // The request names another host: links must not follow it.
  const url = new URL(feedAddress, "http://evil.example");
  const [, locale, , file] = url.pathname.split("/");
  const response = await feedRoute(new Request(url, { headers: { host: "evil.example" } }), { params: Promise.resolve({ locale: locale!, file: file! }) });
  return { response, xml: await response.text() };
}

/** The feed as a feed reader sees it: detected as Atom, then read as Atom, with RFC 4287's required parts. */
function readAtom(xml: string): ReadFeed {
  expect(parseFeed(xml).format).toBe("atom");
  const feed: AtomFeed.Feed<string> = parseAtomFeed(xml);
  expect(feed.id).toMatch(new RegExp(`^${ORIGIN}/`));
  expect(feed.title?.value).toBeTruthy();
  expect(feed.updated).toMatch(RFC_3339);
  expect(feed.authors?.[0]?.name).toBeTruthy();
  const links = (feed.links ?? []).map((link) => ({ href: link.href ?? "", rel: link.rel }));
  expect(links.find((link) => link.rel === "self")?.href).toBe(feed.id);
  expect(links.every((link) => link.href.startsWith(`${ORIGIN}/`))).toBe(true);
  const entries = (feed.entries ?? []).map((entry): ReadEntry => {
    expect(entry.id).toMatch(new RegExp(`^${ORIGIN}/(fr|nl|en)/questions/\\d+-\\d+`));
    expect(entry.title?.value).toBeTruthy();
    expect(entry.updated).toMatch(RFC_3339);
    expect(entry.authors?.[0]?.name).toBeTruthy();
    // One link, to the entry's page, which is also its id.
    expect(entry.links).toHaveLength(1);
    return { id: entry.id ?? "", title: entry.title?.value ?? "", link: entry.links?.[0]?.href ?? "", updated: entry.updated ?? "" };
  });
  return { title: feed.title?.value ?? "", links, updated: feed.updated ?? "", entries };
}

describe.each(databaseTargets())("Atom feeds on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  const previousOrigin = process.env.PUBLIC_ORIGIN;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 2);
    expect((await migrateAndSeed(pool, SOURCES)).failed).toEqual([]);
    await useAppDatabase(database);
    process.env.PUBLIC_ORIGIN = ORIGIN;
  });

  afterAll(async () => {
    if (previousOrigin === undefined) delete process.env.PUBLIC_ORIGIN;
    else process.env.PUBLIC_ORIGIN = previousOrigin;
    await useAppDatabase(undefined);
    await pool?.end();
    await database?.drop();
  });

  it("serves the whole archive's new questions, newest first, as Atom", async () => {
    const { response, xml } = await fetchFeed(feedPath("fr", "questions"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = readAtom(xml);
    expect(feed.title).toBe("Questions écrites : nouvelles questions");
    expect(feed.links.find((link) => link.rel === "alternate")?.href).toBe(`${ORIGIN}/fr`);
    const { rows } = await pool.query<{ id: string; subject_fr: string; asked_on: string }>(
      "SELECT id, subject_fr, asked_on::text AS asked_on FROM question ORDER BY asked_on DESC, legislature DESC, number DESC",
    );
    expect(feed.entries).toEqual(
      rows.map((row) => ({
        id: `${ORIGIN}/fr/questions/${row.id}`,
        title: `Question ${row.id} : ${row.subject_fr}`,
        link: `${ORIGIN}/fr/questions/${row.id}`,
        updated: `${row.asked_on}T00:00:00.000Z`,
      })),
    );
    expect(feed.updated).toBe(`${rows[0]!.asked_on}T00:00:00.000Z`);
  });

  it("serves new answers only for answered questions, each entry pointing at the answer", async () => {
    const { entries } = readAtom((await fetchFeed(feedPath("nl", "answers"))).xml);
    const { rows } = await pool.query<{ id: string; subject_nl: string; answered_on: string }>(
      `SELECT id, subject_nl, answer_received_on::text AS answered_on FROM question
       WHERE answer_received_on IS NOT NULL ORDER BY answer_received_on DESC, legislature DESC, number DESC`,
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(entries).toEqual(
      rows.map((row) => ({
        id: `${ORIGIN}/nl/questions/${row.id}#answer-heading`,
        title: `Antwoord op vraag ${row.id}: ${row.subject_nl}`,
        link: `${ORIGIN}/nl/questions/${row.id}#answer-heading`,
        updated: `${row.answered_on}T00:00:00.000Z`,
      })),
    );
    expect(entries.find((entry) => entry.id.includes("/questions/5-8902"))).toEqual({
      id: `${ORIGIN}/nl/questions/5-8902#answer-heading`,
      title: "Antwoord op vraag 5-8902: Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media",
      link: `${ORIGIN}/nl/questions/5-8902#answer-heading`,
      updated: "2014-02-17T00:00:00.000Z",
    });
  });

  it("applies a search's words and filters, and a minister's and a member's feeds", async () => {
    const search = readAtom((await fetchFeed(feedPath("en", "questions", { q: "prisons" }))).xml);
    expect(search.entries.length).toBeGreaterThan(0);
    expect(search.entries.every((entry) => /\/questions\/4-12(34|40)$/.test(entry.id))).toBe(true);
    expect(search.title).toBe("Written questions: new questions on “prisons”");
    expect(search.links.find((link) => link.rel === "alternate")?.href).toBe(`${ORIGIN}/en/search?q=prisons`);

    const minister = readAtom((await fetchFeed(ministerFeedPath("fr", "questions", "ministre de la Justice"))).xml);
    const { rows } = await pool.query<{ id: string }>(
      "SELECT q.id FROM question q JOIN addressee a ON a.id = q.addressee_id WHERE a.title_fr = 'ministre de la Justice' ORDER BY q.id",
    );
    expect(minister.entries.map((entry) => entry.id.split("/").at(-1)).sort()).toEqual(rows.map((row) => row.id));

    const member = readAtom((await fetchFeed(memberFeedPath("fr", "questions", "Martine Taelman"))).xml);
    const { rows: byMember } = await pool.query<{ id: string }>(
      "SELECT q.id FROM question q JOIN author au ON au.id = q.author_id WHERE au.name = 'Martine Taelman' ORDER BY q.id",
    );
    expect(byMember.map((row) => row.id)).toEqual(expect.arrayContaining(["5-8900", "5-8902"]));
    expect(member.entries.map((entry) => entry.id.split("/").at(-1)).sort()).toEqual(byMember.map((row) => row.id));
  });

  it("names a minister page's feed (the addressee's id) after the portfolio, in the feed's language", async () => {
    const { rows: [justice] } = await pool.query<{ id: number; title_fr: string; title_nl: string }>(
      "SELECT id, title_fr, title_nl FROM addressee WHERE title_fr = 'ministre de la Justice'",
    );
    const { rows } = await pool.query<{ id: string }>(
      "SELECT id FROM question WHERE addressee_id = $1 ORDER BY asked_on DESC, legislature DESC, number DESC",
      [justice!.id],
    );
    expect(rows.length).toBeGreaterThan(0);

    const french = readAtom((await fetchFeed(feedPath("fr", "questions", { addressee: justice!.id }))).xml);
    expect(french.title).toBe("Questions écrites : nouvelles questions – ministre de la Justice");
    expect(french.entries.map((entry) => entry.id)).toEqual(rows.map((row) => `${ORIGIN}/fr/questions/${row.id}`));
    const dutch = readAtom((await fetchFeed(feedPath("nl", "answers", { addressee: justice!.id }))).xml);
    expect(dutch.title).toBe(`Schriftelijke vragen: nieuwe antwoorden – ${justice!.title_nl}`);
    // Words searched within the minister's questions come first, then the portfolio.
    const words = readAtom((await fetchFeed(feedPath("en", "questions", { addressee: justice!.id, q: "prisons" }))).xml);
    expect(words.title).toBe("Written questions: new questions on “prisons” – ministre de la Justice");
    // An addressee that does not exist: an empty feed, still titled.
    const unknown = readAtom((await fetchFeed(feedPath("en", "questions", { addressee: 2_000_000 }))).xml);
    expect(unknown.entries).toEqual([]);
    expect(unknown.title).toBe("Written questions: new questions on “filtered search”");
  });

  it("is an empty but valid feed when nothing matches, and a 404 for an unknown feed", async () => {
    const empty = readAtom((await fetchFeed(feedPath("fr", "answers", { q: "zzzzqqqq" }))).xml);
    expect(empty.entries).toEqual([]);
    expect((await fetchFeed("/fr/feeds/answers.rss")).response.status).toBe(404);
    expect((await fetchFeed("/de/feeds/answers.atom")).response.status).toBe(404);
  });
});
