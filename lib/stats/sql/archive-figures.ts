/** The figures of a whole scope in one row (the home page's archive counts, a minister's, a member's or a party's page). */
import { Prisma } from "@/lib/generated/prisma/client";
import { figureColumns, scopeCondition, type FigureRow, type StatisticsScope } from "./figures";

export type ArchiveFiguresRow = FigureRow;

/** One row, even for an empty scope (then zero questions and NULL figures). */
export function archiveFiguresSql(scope: StatisticsScope, today: string): Prisma.Sql {
  return Prisma.sql`SELECT ${figureColumns(today)} FROM question_facet q WHERE ${scopeCondition(scope)}`;
}
