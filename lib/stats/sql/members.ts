/**
 * Every author with their figures and the parties printed on their questions (the members
 * page, a member's page, and a party's members). The party is stored per question (decision
 * 0003): a member who changed parties has several, latest first, whatever the scope.
 *
 * Each author's figures are read from their rows of question_facet through its covering index
 * question_facet_author_statistics (an index-only scan in index order), so each median sorts one
 * author's questions in memory; one GROUP BY over every question read the wide question heap and
 * sorted it on disk (1.6 s at 100,000 questions against about 0.1 s; docs/benchmarks.md).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export type MemberRow = FigureRow & { author_id: number; name: string; parties: string[] };

export function membersSql({ scope, today }: { scope: StatisticsScope; today: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT au.id AS author_id, au.name, f.*,
      (SELECT array_agg(p.author_party ORDER BY p.last_on DESC, p.author_party)
         FROM (SELECT qp.author_party, max(qp.asked_on) AS last_on FROM question_facet qp
               WHERE qp.author_id = au.id GROUP BY qp.author_party) AS p) AS parties
    FROM author au
    CROSS JOIN LATERAL (
      SELECT ${figureColumns(today)} FROM question_facet q WHERE q.author_id = au.id AND ${scopeCondition(scope)}
    ) f
    WHERE f.questions > 0 AND ${authorsOfScope(scope)}
    ORDER BY au.name, au.id`;
}

/** The authors a scope can hold, so that a member's or a party's page does not read every author's rows. */
function authorsOfScope(scope: StatisticsScope): Prisma.Sql {
  if (scope.authorId !== undefined) return Prisma.sql`au.id = ${scope.authorId}::int`;
  if (scope.party !== undefined) {
    return Prisma.sql`EXISTS (SELECT 1 FROM question_facet x WHERE x.author_id = au.id AND x.author_party = ${scope.party})`;
  }
  return Prisma.sql`TRUE`;
}
