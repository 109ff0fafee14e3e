/**
 * Every party as printed on questions, with its figures and its number of members (the parties
 * page, and a party's page).
 *
 * The parties are found by a loose scan of question_facet_party_statistics (one index probe per
 * party, not one row per question), and each party's figures are read from its rows through that
 * covering index, as the ministers and members tables are (docs/benchmarks.md).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export type PartyRow = FigureRow & { party: string; members: number };

export function partiesSql({ scope, today }: { scope: StatisticsScope; today: string }): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE parties (party) AS (
      ${scope.party !== undefined ? Prisma.sql`SELECT ${scope.party}::text` : Prisma.sql`
      (SELECT author_party FROM question_facet ORDER BY author_party LIMIT 1)
      UNION ALL
      SELECT (SELECT author_party FROM question_facet WHERE author_party > p.party ORDER BY author_party LIMIT 1)
      FROM parties p WHERE p.party IS NOT NULL`}
    )
    SELECT p.party, f.*
    FROM parties p
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT q.author_id)::int AS members, ${figureColumns(today)}
      FROM question_facet q WHERE q.author_party = p.party AND ${scopeCondition(scope)}
    ) f
    WHERE p.party IS NOT NULL AND f.questions > 0
    ORDER BY f.questions DESC, p.party`;
}
