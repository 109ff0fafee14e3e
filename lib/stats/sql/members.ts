/**
 * Every author with their figures and the parties printed on their questions (the members
 * page, and a party's members). The party is stored per question (decision 0003): a member who
 * changed parties has several, latest first.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export type MemberRow = FigureRow & { author_id: number; name: string; parties: string[] };

export function membersSql({ scope, today }: { scope: StatisticsScope; today: string }): Prisma.Sql {
  return Prisma.sql`
    SELECT au.id AS author_id, au.name, ${figureColumns(today)},
      (SELECT array_agg(p.author_party ORDER BY p.last_on DESC, p.author_party)
         FROM (SELECT qp.author_party, max(qp.asked_on) AS last_on FROM question qp
               WHERE qp.author_id = au.id GROUP BY qp.author_party) AS p) AS parties
    FROM question q JOIN author au ON au.id = q.author_id
    WHERE ${scopeCondition(scope)}
    GROUP BY au.id, au.name
    ORDER BY au.name, au.id`;
}
