/**
 * What the statistics statements share: which questions a figure is about (the scope), and the
 * aggregate columns every table of figures shows (questions, share answered, median and 90th
 * percentile days to answer, share reminded, the oldest question still awaiting).
 *
 * The status model decides what counts (lib/status/status.ts, decision 0009):
 * - days to answer are those of answered questions only: `greatest(0, waited_days)`, which is
 *   what archive_status_days gives an answered question, read from the stored column rather
 *   than by calling the function on every row;
 * - "still awaiting" is awaiting or reminded, never lapsed: a question whose legislature ended
 *   unanswered waits for nothing any more;
 * - a share is of all the scope's questions, whatever their status.
 * percentile_cont interpolates (the median of 20 and 73 days is 46.5), as a reader computing it
 * by hand would; it ignores the NULL days of unanswered questions.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type StatisticsScope = {
  legislature?: number | null;
  addresseeId?: number;
  authorId?: number;
  party?: string;
};

const TRUE = Prisma.sql`TRUE`;

/**
 * The WHERE condition of a scope over `question_facet q`; an unset part is the constant TRUE.
 * Statistics read question_facet, the narrow copy of question's filter columns kept by a trigger
 * (a tenth of question's heap), never question itself: every figure is over these columns.
 */
export function scopeCondition(scope: StatisticsScope): Prisma.Sql {
  return Prisma.sql`${scope.legislature ? Prisma.sql`q.legislature = ${scope.legislature}::int` : TRUE}
    AND ${scope.addresseeId !== undefined ? Prisma.sql`q.addressee_id = ${scope.addresseeId}::int` : TRUE}
    AND ${scope.authorId !== undefined ? Prisma.sql`q.author_id = ${scope.authorId}::int` : TRUE}
    AND ${scope.party !== undefined ? Prisma.sql`q.author_party = ${scope.party}` : TRUE}`;
}

/** The aggregate columns, over the rows of `question_facet q` in the group; `today` dates the oldest wait. */
export function figureColumns(today: string): Prisma.Sql {
  return Prisma.sql`
    count(*)::int AS questions,
    count(*) FILTER (WHERE q.status = 'answered')::int AS answered,
    (count(*) FILTER (WHERE q.status = 'answered'))::float8 / nullif(count(*), 0) AS answered_share,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, q.waited_days)) FILTER (WHERE q.status = 'answered') AS median_days,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY greatest(0, q.waited_days)) FILTER (WHERE q.status = 'answered') AS p90_days,
    (count(*) FILTER (WHERE q.reminder_count > 0))::float8 / nullif(count(*), 0) AS reminded_share,
    count(*) FILTER (WHERE q.status IN ('awaiting', 'reminded'))::int AS awaiting,
    (array_agg(q.id ORDER BY q.asked_on, q.id) FILTER (WHERE q.status IN ('awaiting', 'reminded')))[1] AS oldest_awaiting_id,
    to_char(min(q.asked_on) FILTER (WHERE q.status IN ('awaiting', 'reminded')), 'YYYY-MM-DD') AS oldest_awaiting_on,
    -- (greatest() alone would turn "nothing awaits" into 0 days.)
    CASE WHEN count(*) FILTER (WHERE q.status IN ('awaiting', 'reminded')) > 0
      THEN greatest(0, ${today}::date - min(q.asked_on) FILTER (WHERE q.status IN ('awaiting', 'reminded'))) END AS oldest_awaiting_days`;
}

/** The row of figureColumns, as both drivers return it (float8 as number, int as number). */
export type FigureRow = {
  questions: number;
  answered: number;
  answered_share: number | null;
  median_days: number | null;
  p90_days: number | null;
  reminded_share: number | null;
  awaiting: number;
  oldest_awaiting_id: string | null;
  oldest_awaiting_on: string | null;
  oldest_awaiting_days: number | null;
};
