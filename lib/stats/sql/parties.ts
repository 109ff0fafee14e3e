/** Every party as printed on questions, with its figures and its number of members (the parties page). */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export type PartyRow = FigureRow & { party: string; members: number };

export function partiesSql({ scope, today }: { scope: StatisticsScope; today: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT q.author_party AS party, count(DISTINCT q.author_id)::int AS members, ${figureColumns(today)}
    FROM question q
    WHERE ${scopeCondition(scope)}
    GROUP BY q.author_party
    ORDER BY questions DESC, q.author_party`;
}
