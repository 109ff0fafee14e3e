/**
 * The days to answer of a scope's answered questions, counted in bins of `binDays` days: bin k
 * holds the answers that took from k*binDays to (k+1)*binDays - 1 days. Every bin from 0 to the
 * last one with an answer is returned, empty ones as zero, so that a histogram's bars are the
 * rows and a gap shows as a gap.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCondition, type StatisticsScope } from "./figures";

export type HistogramRow = { bin: number; count: number };

export function delayHistogramSql(scope: StatisticsScope, binDays: number): Prisma.Sql {
  return Prisma.sql`
    WITH counted AS (
      SELECT (greatest(0, q.waited_days) / ${binDays}::int) AS bin, count(*)::int AS n
      FROM question_facet q
      WHERE q.status = 'answered' AND ${scopeCondition(scope)}
      GROUP BY 1
    )
    SELECT b.bin, coalesce(c.n, 0) AS count
    FROM generate_series(0, (SELECT max(bin) FROM counted)) AS b(bin)
    LEFT JOIN counted c ON c.bin = b.bin
    ORDER BY b.bin`;
}
