/** The legislatures the archive holds questions of, newest first (the ministers page's filter). */
import { Prisma } from "@/lib/generated/prisma/client";

export type LegislatureRow = { legislature: number; questions: number };

export function archiveLegislaturesSql(): Prisma.Sql {
  return Prisma.sql`SELECT legislature, count(*)::int AS questions FROM question GROUP BY legislature ORDER BY legislature DESC`;
}
