/** How many questions a selection holds: an export says so in its headers, and whether its cap cut it. */
import { Prisma } from "@/lib/generated/prisma/client";

export type ExportCountRow = { total: number };

export function exportCountSql(selection: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS total FROM question q WHERE ${selection}`;
}
