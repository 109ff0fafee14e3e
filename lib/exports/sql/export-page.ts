/**
 * One page of an export: the next ids of a selection after a given question, in the Senate's
 * order (legislature, then number). Keyset paging (WHERE (legislature, number) > the last one)
 * rather than OFFSET: each page costs the same however deep the export goes, and no cursor
 * holds a connection between pages, so a slow download never pins one of the pool's.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type ExportPageRow = { id: string; legislature: number; number: number };
export type ExportPosition = { legislature: number; number: number };

export function exportPageSql(selection: Prisma.Sql, after: ExportPosition | null, limit: number): Prisma.Sql {
  const keyset = after ? Prisma.sql`(q.legislature, q.number) > (${after.legislature}::int, ${after.number}::int)` : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT q.id, q.legislature, q.number FROM question q
    WHERE ${selection} AND ${keyset}
    ORDER BY q.legislature, q.number
    LIMIT ${limit}`;
}
