/**
 * Every addressee with its figures (the ministers page, and the "ministers asked most" of a
 * member's or a party's page). An addressee is a portfolio as printed, a French and Dutch title
 * pair: a title changes with every government, and the same person under another title is
 * another row (schema.prisma). The sort is one of a fixed set of ORDER BY clauses chosen by name,
 * never text from the URL.
 *
 * Over the whole archive or one legislature (the ministers page), the figures are read addressee
 * by addressee from question_facet's covering index (question_facet_statistics): each median and
 * 90th percentile then sorts one addressee's rows in memory, where one GROUP BY over every
 * question sorted the whole archive on disk (150-165 ms at 100,000 questions, 20-30 ms this
 * way; docs/benchmarks.md). A member's or a party's few questions are found through question's
 * own indexes and grouped.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export const MINISTER_SORTS = ["title", "questions", "answered", "median", "p90", "reminded", "oldest"] as const;
export type MinisterSort = (typeof MINISTER_SORTS)[number];
export type SortDirection = "asc" | "desc";

/** What each sort orders by; the title in the interface's first language. Empty figures go last either way. */
function orderBy(sort: MinisterSort, direction: SortDirection, titleLanguage: "fr" | "nl"): Prisma.Sql {
  const dir = Prisma.raw(direction === "asc" ? "ASC" : "DESC");
  const title = Prisma.raw(titleLanguage === "nl" ? "a.title_nl" : "a.title_fr");
  const column: Record<MinisterSort, Prisma.Sql> = {
    title,
    questions: Prisma.raw("questions"),
    answered: Prisma.raw("answered_share"),
    median: Prisma.raw("median_days"),
    p90: Prisma.raw("p90_days"),
    reminded: Prisma.raw("reminded_share"),
    // By the days the oldest awaiting question has waited: descending is the longest wait first.
    oldest: Prisma.raw("oldest_awaiting_days"),
  };
  return Prisma.sql`${column[sort]} ${dir} NULLS LAST, questions DESC, ${title} ASC, a.id ASC`;
}

export type MinisterRow = FigureRow & { addressee_id: number; title_fr: string; title_nl: string };

export function ministersSql({
  scope,
  today,
  sort = "questions",
  direction = "desc",
  titleLanguage = "fr",
  limit,
}: {
  scope: StatisticsScope;
  today: string;
  sort?: MinisterSort;
  direction?: SortDirection;
  titleLanguage?: "fr" | "nl";
  limit?: number;
}): Prisma.Sql {
  const order = orderBy(sort, direction, titleLanguage);
  const limited = limit !== undefined ? Prisma.sql`LIMIT ${limit}::int` : Prisma.empty;
  const isWholeArchive = scope.addresseeId === undefined && scope.authorId === undefined && scope.party === undefined;
  if (isWholeArchive) {
    return Prisma.sql`
      SELECT a.id AS addressee_id, a.title_fr, a.title_nl, f.*
      FROM addressee a
      CROSS JOIN LATERAL (
        SELECT ${figureColumns(today)} FROM question_facet q WHERE q.addressee_id = a.id AND ${scopeCondition(scope)}
      ) f
      WHERE f.questions > 0
      ORDER BY ${order}
      ${limited}`;
  }
  return Prisma.sql`
    SELECT a.id AS addressee_id, a.title_fr, a.title_nl, ${figureColumns(today)}
    FROM question_facet q JOIN addressee a ON a.id = q.addressee_id
    WHERE ${scopeCondition(scope)}
    GROUP BY a.id, a.title_fr, a.title_nl
    ORDER BY ${order}
    ${limited}`;
}
