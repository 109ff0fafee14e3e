/**
 * The Atom feeds against a real database, on PGlite and on PostgreSQL, read back with a feed
 * parser (fast-xml-parser): well-formed XML in the Atom namespace with what RFC 4287 requires
 * of a feed and of each entry (id, title, updated as an RFC 3339 date, an author, links), newest
 * first, the search's filters applied (a minister's feed by its exact title, a member's by
 * name), and every link on PUBLIC_ORIGIN whatever Host the request names.
 */
import path from "node:path";
import type pg from "pg";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/[locale]/feeds/[file]/route";
import { feedPath, memberFeedPath, ministerFeedPath } from "@/lib/i18n/feed-paths";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";

const ORIGIN = "https://archive.example.org";
const SOURCES = [path.resolve("seeds"), path.resolve("tests/fixtures/reader"), path.resolve("tests/fixtures/search")];
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Link = { "@_href": string; "@_rel"?: string };
type Entry = { id: string; title: string; updated: string; published?: string; link: Link | Link[]; author: { name: string } | { name: string }[]; summary?: unknown; content?: unknown };
type AtomFeed = { feed: { "@_xmlns": string; id: string; title: string; updated: string; author: { name: string }; link: Link[] | Link; entry?: Entry | Entry[] } };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", textNodeName: "#text", parseTagValue: false });
/** An element's text, whether the parser gave it as a string or, with a type attribute, as an object. */
const text = (value: unknown): string => (typeof value === "string" ? value : String((value as { "#text"?: unknown })["#text"] ?? ""));
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function fetchFeed(feedAddress: string): Promise<{ response: Response; xml: string; feed: AtomFeed["feed"] }> {
  // The request names another host: links must not follow it.
  const url = new URL(feedAddress, "http://evil.example");
  const [, locale, , file] = url.pathname.split("/");
  const response = await feedRoute(new Request(url, { headers: { host: "evil.example" } }), { params: Promise.resolve({ locale: locale!, file: file! }) });
  const xml = await response.text();
  return { response, xml, feed: response.status === 200 ? (parser.parse(xml) as AtomFeed).feed : (undefined as never) };
}

function expectValidAtom(xml: string, feed: AtomFeed["feed"]): Entry[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(feed.id).toMatch(new RegExp(`^${ORIGIN}/`));
  expect(feed.title).not.toBe("");
  expect(feed.updated).toMatch(RFC_3339);
  expect(feed.author.name).not.toBe("");
  const feedLinks = asArray(feed.link);
  expect(feedLinks.find((link) => link["@_rel"] === "self")?.["@_href"]).toBe(feed.id);
  expect(feedLinks.every((link) => link["@_href"].startsWith(`${ORIGIN}/`))).toBe(true);
  const entries = asArray(feed.entry);
  for (const entry of entries) {
    expect(entry.id).toMatch(new RegExp(`^${ORIGIN}/(fr|nl|en)/questions/\\d+-\\d+`));
    expect(text(entry.title)).not.toBe("");
    expect(entry.updated).toMatch(RFC_3339);
    expect(asArray(entry.author)[0]?.name).not.toBe("");
    expect(asArray(entry.link).every((link) => link["@_href"].startsWith(`${ORIGIN}/`))).toBe(true);
  }
  return entries;
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

  it("serves the whole archive's new questions, newest first, as valid Atom", async () => {
    const { response, xml, feed } = await fetchFeed(feedPath("fr", "questions"));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const entries = expectValidAtom(xml, feed);
    const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM question");
    expect(entries).toHaveLength(rows[0]!.count);
    const dates = entries.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(text(feed.title)).toBe("Questions écrites : nouvelles questions");
  });

  it("serves new answers only for answered questions, each entry pointing at the answer", async () => {
    const { xml, feed } = await fetchFeed(feedPath("nl", "answers"));
    const entries = expectValidAtom(xml, feed);
    const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM question WHERE answer_received_on IS NOT NULL");
    expect(entries).toHaveLength(rows[0]!.count);
    const social = entries.find((entry) => entry.id.includes("/questions/5-8902"));
    expect(social?.id).toBe(`${ORIGIN}/nl/questions/5-8902#answer-heading`);
    expect(social?.updated).toBe("2014-02-17T00:00:00.000Z");
    expect(text(social?.title)).toBe("Antwoord op vraag 5-8902: Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media");
  });

  it("applies a search's words and filters, and a minister's and a member's feeds", async () => {
    const search = await fetchFeed(feedPath("en", "questions", { q: "prisons" }));
    const searchEntries = expectValidAtom(search.xml, search.feed);
    expect(searchEntries.length).toBeGreaterThan(0);
    expect(searchEntries.every((entry) => /\/questions\/4-12(34|40)$/.test(entry.id))).toBe(true);
    expect(text(search.feed.title)).toBe("Written questions: new questions on “prisons”");
    expect(asArray(search.feed.link).find((link) => link["@_rel"] === "alternate")?.["@_href"]).toBe(`${ORIGIN}/en/search?q=prisons`);

    const minister = await fetchFeed(ministerFeedPath("fr", "questions", "ministre de la Justice"));
    const ministerEntries = expectValidAtom(minister.xml, minister.feed);
    const { rows } = await pool.query<{ id: string }>(
      "SELECT q.id FROM question q JOIN addressee a ON a.id = q.addressee_id WHERE a.title_fr = 'ministre de la Justice' ORDER BY q.id",
    );
    expect(ministerEntries.map((entry) => entry.id.split("/").at(-1)).sort()).toEqual(rows.map((row) => row.id));

    const member = await fetchFeed(memberFeedPath("fr", "questions", "Martine Taelman"));
    const memberEntries = expectValidAtom(member.xml, member.feed);
    const { rows: byMember } = await pool.query<{ id: string }>(
      "SELECT q.id FROM question q JOIN author au ON au.id = q.author_id WHERE au.name = 'Martine Taelman' ORDER BY q.id",
    );
    expect(byMember.map((row) => row.id)).toEqual(expect.arrayContaining(["5-8900", "5-8902"]));
    expect(memberEntries.map((entry) => entry.id.split("/").at(-1)).sort()).toEqual(byMember.map((row) => row.id));
  });

  it("is an empty but valid feed when nothing matches, and a 404 for an unknown feed", async () => {
    const empty = await fetchFeed(feedPath("fr", "answers", { q: "zzzzqqqq" }));
    expect(expectValidAtom(empty.xml, empty.feed)).toEqual([]);
    expect((await fetchFeed("/fr/feeds/answers.rss")).response.status).toBe(404);
    expect((await fetchFeed("/de/feeds/answers.atom")).response.status).toBe(404);
  });
});
