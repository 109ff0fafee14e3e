/**
 * A member's parties with their periods: each run of consecutive questions (by date asked)
 * under one party is a period, from its first question to its last, so that a member who left a
 * party and came back shows both periods (the classic "gaps and islands": the difference of two
 * row numbers is constant within a run).
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type MemberPartyRow = { party: string; first_on: string; last_on: string; questions: number };

export function memberPartiesSql(authorId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT author_party AS party, to_char(min(asked_on), 'YYYY-MM-DD') AS first_on,
           to_char(max(asked_on), 'YYYY-MM-DD') AS last_on, count(*)::int AS questions
    FROM (
      SELECT q.author_party, q.asked_on,
             row_number() OVER (ORDER BY q.asked_on, q.id)
             - row_number() OVER (PARTITION BY q.author_party ORDER BY q.asked_on, q.id) AS run
      FROM question_facet q WHERE q.author_id = ${authorId}::int
    ) AS runs
    GROUP BY author_party, run
    ORDER BY min(asked_on), author_party`;
}
