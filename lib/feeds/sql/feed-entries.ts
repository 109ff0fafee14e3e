/**
 * A feed's entries: the newest questions of a selection (by the day they were asked), or its
 * newest answers (by the day the answer was received, answered questions only), FEED_SIZE at
 * most. Both orders have an index to walk (asked_on; answers are few enough per selection that
 * a sort of the answered matches is cheap).
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedKind } from "@/lib/i18n/feed-paths";

/** Entries per feed: a reader polling daily misses nothing, and the feed stays small. */
export const FEED_SIZE = 50;

export type FeedEntryRow = { id: string };

export function feedEntriesSql(kind: FeedKind, selection: Prisma.Sql, limit = FEED_SIZE): Prisma.Sql {
  return kind === "answers"
    ? Prisma.sql`
      SELECT q.id FROM question q
      WHERE ${selection} AND q.answer_received_on IS NOT NULL
      ORDER BY q.answer_received_on DESC, q.legislature DESC, q.number DESC
      LIMIT ${limit}`
    : Prisma.sql`
      SELECT q.id FROM question q
      WHERE ${selection}
      ORDER BY q.asked_on DESC, q.legislature DESC, q.number DESC
      LIMIT ${limit}`;
}
