/**
 * The legislatures the archive holds questions of, newest first (the ministers page's filter).
 *
 * Read from the facet counts, not from `question`: a GROUP BY over every question took a
 * whole-table scan on each view of the ministers page, growing with the archive. The counts
 * (question_facet_count, one row per combination, its primary key led by the legislature) are
 * walked as a loose index scan, one index probe per legislature, and the log of writes not yet
 * folded into them (question_facet_change, short: the loader folds it when a load ends) is added
 * (migration 20261204090000_question_facet_count).
 *
 * Exact whatever the log holds. Folding drops the combinations left with no question, so every
 * folded row counts at least one: a legislature among the counts whose logged changes do not
 * take questions away has some, and one known only from the log has some when its changes add
 * up to more than none. Only a legislature whose logged changes are negative (questions deleted
 * since the last fold; the app never deletes one) has its folded rows added up.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type LegislatureRow = { legislature: number };

export function archiveLegislaturesSql(): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE folded (legislature) AS (
      (SELECT legislature FROM question_facet_count ORDER BY legislature DESC LIMIT 1)
      UNION ALL
      SELECT (SELECT c.legislature FROM question_facet_count c WHERE c.legislature < folded.legislature ORDER BY c.legislature DESC LIMIT 1)
      FROM folded WHERE folded.legislature IS NOT NULL
    ),
    logged AS (
      SELECT legislature, sum(questions)::int AS questions FROM question_facet_change GROUP BY legislature
    )
    SELECT candidate.legislature
    FROM (
      SELECT legislature FROM folded WHERE legislature IS NOT NULL
      UNION
      SELECT legislature FROM logged
    ) candidate
    LEFT JOIN logged ON logged.legislature = candidate.legislature
    WHERE CASE
      WHEN coalesce(logged.questions, 0) >= 0
        THEN coalesce(logged.questions, 0) > 0 OR EXISTS (SELECT 1 FROM question_facet_count c WHERE c.legislature = candidate.legislature)
      ELSE logged.questions + (SELECT coalesce(sum(c.questions), 0) FROM question_facet_count c WHERE c.legislature = candidate.legislature) > 0
    END
    ORDER BY candidate.legislature DESC`;
}
