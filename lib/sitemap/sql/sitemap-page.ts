/**
 * The questions of one sitemap page, in the Senate's order, with the day the archive's copy last
 * changed (lastmod). Sitemap pages are asked for in any order, so this is OFFSET paging over
 * the unique (chamber, legislature, number) index: at 100,000 questions a page skips at most
 * that many index entries, and crawlers ask rarely.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type SitemapQuestionRow = { id: string; last_modified: string };
export type SitemapCountRow = { total: number; last_modified: string | null };

export function sitemapPageSql(offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT q.id, to_char(q.loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last_modified
    FROM question q
    ORDER BY q.chamber, q.legislature, q.number
    OFFSET ${offset} LIMIT ${limit}`;
}

export function sitemapCountSql(): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS total, to_char(max(q.loaded_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS last_modified
    FROM question q`;
}
