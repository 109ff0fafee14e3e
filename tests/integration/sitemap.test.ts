/**
 * sitemap.xml and robots.txt against a real database, on PGlite and on PostgreSQL: an index of
 * pages, each a valid urlset under the protocol's 50,000 addresses, every question's page in
 * each language exactly once across the pages, all on PUBLIC_ORIGIN; robots.txt names the index.
 */
import path from "node:path";
import type pg from "pg";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as robotsRoute } from "@/app/robots.txt/route";
import { GET as sitemapPageRoute } from "@/app/sitemap-questions.xml/route";
import { GET as sitemapIndexRoute } from "@/app/sitemap.xml/route";
import { getSitemapIndex, getSitemapPage, QUESTIONS_PER_SITEMAP } from "@/lib/data/sitemap";
import { type Database } from "@/lib/db/prisma";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";
import { testClient } from "../support/test-client";

const ORIGIN = "https://archive.example.org";
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe.each(databaseTargets())("sitemap and robots.txt on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  const previousOrigin = process.env.PUBLIC_ORIGIN;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 2);
    expect((await migrateAndSeed(pool, [path.resolve("seeds"), path.resolve("tests/fixtures/search")])).failed).toEqual([]);
    db = testClient(database);
    await useAppDatabase(database);
    process.env.PUBLIC_ORIGIN = ORIGIN;
  });

  afterAll(async () => {
    if (previousOrigin === undefined) delete process.env.PUBLIC_ORIGIN;
    else process.env.PUBLIC_ORIGIN = previousOrigin;
    await useAppDatabase(undefined);
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  it("keeps each page under 50,000 addresses", () => {
    expect(QUESTIONS_PER_SITEMAP * 3 + 3).toBeLessThanOrEqual(50_000);
  });

  it("serves an index of valid pages listing every question in each language on PUBLIC_ORIGIN", async () => {
    const index = await sitemapIndexRoute();
    const indexXml = await index.text();
    expect(XMLValidator.validate(indexXml)).toBe(true);
    const sitemaps = asArray((parser.parse(indexXml) as { sitemapindex: { sitemap: { loc: string } | { loc: string }[] } }).sitemapindex.sitemap);
    expect(sitemaps.map((sitemap) => sitemap.loc)).toEqual([`${ORIGIN}/sitemap-questions.xml?page=1`]);
    const page = await sitemapPageRoute(new Request(sitemaps[0]!.loc));
    expect(page.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const pageXml = await page.text();
    expect(XMLValidator.validate(pageXml)).toBe(true);
    const urls = asArray((parser.parse(pageXml) as { urlset: { url: { loc: string; lastmod?: string }[] } }).urlset.url).map((url) => url.loc);
    const { rows } = await pool.query<{ id: string }>("SELECT id FROM question ORDER BY id");
    expect(urls).toHaveLength(rows.length * 3 + 3);
    expect(urls).toContain(`${ORIGIN}/nl/questions/5-8902`);
    expect(urls).toContain(`${ORIGIN}/fr`);
    expect(urls.every((url) => url.startsWith(`${ORIGIN}/`))).toBe(true);
  });

  it("pages the archive: each question once across the pages, 404 past the last or for a bad page", async () => {
    const { pageCount } = await getSitemapIndex({ pageSize: 3, db });
    const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM question");
    expect(pageCount).toBe(Math.ceil(rows[0]!.count / 3));
    const seen: string[] = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const entries = await getSitemapPage({ page, origin: ORIGIN, pageSize: 3, db });
      seen.push(...(entries ?? []).map((entry) => entry.url).filter((url) => url.includes("/fr/questions/")));
    }
    expect(seen).toHaveLength(rows[0]!.count);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await getSitemapPage({ page: pageCount + 1, origin: ORIGIN, pageSize: 3, db })).toBeNull();
    expect((await sitemapPageRoute(new Request("http://localhost/sitemap-questions.xml?page=2"))).status).toBe(404);
    expect((await sitemapPageRoute(new Request("http://localhost/sitemap-questions.xml?page=abc"))).status).toBe(404);
  });

  it("robots.txt points at the sitemap on PUBLIC_ORIGIN", async () => {
    const text = await robotsRoute().text();
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(text).toContain("Disallow: /api/");
  });
});
