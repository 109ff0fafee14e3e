/** The ids of the latest answered questions, by the day the answer was received (the home page). */
import { Prisma } from "@/lib/generated/prisma/client";

export function latestAnswersSql(limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT q.id FROM question q
    WHERE q.answer_received_on IS NOT NULL
    ORDER BY q.answer_received_on DESC, q.id DESC
    LIMIT ${limit}::int`;
}
