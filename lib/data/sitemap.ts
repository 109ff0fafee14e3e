/**
 * Server-only reads for sitemap.xml: how many sitemap pages the archive needs, and one page's
 * addresses. Each question is listed in every interface language (its page exists in each), so
 * a page holds QUESTIONS_PER_SITEMAP questions: three addresses each stay under the protocol's
 * 50,000. The first page also lists the home pages.
 */
import "server-only";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { homePath, questionPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { sitemapCountSql, sitemapPageSql, type SitemapCountRow, type SitemapQuestionRow } from "@/lib/sitemap/sql/sitemap-page";
import { MAX_URLS_PER_SITEMAP, type SitemapEntry } from "@/lib/sitemap/xml";

/** Questions per sitemap page: one address per locale each, and room for the home pages. */
export const QUESTIONS_PER_SITEMAP = Math.floor((MAX_URLS_PER_SITEMAP - routing.locales.length) / routing.locales.length);

export type SitemapIndex = { pageCount: number; lastModified: string | null };

export async function getSitemapIndex({ pageSize = QUESTIONS_PER_SITEMAP, db = appDb }: { pageSize?: number; db?: Database } = {}): Promise<SitemapIndex> {
  const [row] = await prismaExecutor(db)<SitemapCountRow>(sitemapCountSql());
  return { pageCount: Math.max(1, Math.ceil((row?.total ?? 0) / pageSize)), lastModified: row?.last_modified ?? null };
}

/** Page `page` (from 1) of addresses, absolute on `origin`; null past the last page. */
export async function getSitemapPage({
  page,
  origin,
  pageSize = QUESTIONS_PER_SITEMAP,
  db = appDb,
}: { page: number; origin: string; pageSize?: number; db?: Database }): Promise<SitemapEntry[] | null> {
  const rows = await prismaExecutor(db)<SitemapQuestionRow>(sitemapPageSql((page - 1) * pageSize, pageSize));
  if (rows.length === 0 && page > 1) return null;
  const homes = page === 1 ? routing.locales.map((locale) => ({ url: `${origin}${homePath(locale)}` })) : [];
  return [
    ...homes,
    ...rows.flatMap((row) => routing.locales.map((locale) => ({ url: `${origin}${questionPath(locale, row.id)}`, lastModified: row.last_modified }))),
  ];
}
