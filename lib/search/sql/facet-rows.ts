/**
 * Where the facet counts of a search read their rows (facets.ts). A search with words, or one
 * that names an author, counts its matching questions one by one. Any other search counts
 * combinations: question_facet_count holds how many questions share each legislature,
 * addressee, party, month, status and session, and question_facet_change the writes not yet
 * folded into it (migration 20261204090000_question_facet_count), so the counts read tens of
 * thousands of rows whatever the archive's size, not every question.
 *
 * The counts know a question's month, not its day. A combination stands for the first day of its
 * month (`asked_on`), which passes or fails a date filter as every day of that month does, except
 * in the month where a filter starts after the 1st or ends before the last day: those months'
 * questions are read from question_facet one by one, through its index on asked_on.
 *
 * A search without dates (a minister, a party, a status: most of them, and every minister's,
 * member's and party's page), or whose dates are whole years (what the year facet sets), needs no
 * month: it reads the same counts by year, question_facet_year_count (migration 20261207220000),
 * a third of the rows at 100,000 questions, which it would otherwise group by year on every
 * search. A year's combination stands for its 1 January, which passes a filter from a 1 January
 * or to a 31 December as every day of that year does. Dates that start or end inside a year read
 * by month only the year or two they cut, by year the others. The log is added to either table alike.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "../parse-params";
import type { TextPlan } from "../plan";

/**
 * `from`: the rows as `q`, with the filter, facet and date columns; `hits`: the number of
 * questions a group of them stands for, or, when `isOneRowPerGroup`, a row of them: the counts
 * by year are already one row per value of what the facets group on (but the legislature), so
 * grouping them again would cost more than it saves. The facets add rows up, so a value may
 * come in several rows either way.
 */
export type FacetRows = { from: Prisma.Sql; hits: Prisma.Sql; isOneRowPerGroup?: boolean };

/** The first day of each month that a date filter cuts inside ("YYYY-MM-01"), at most two. */
export function monthsCut(from: string | null, to: string | null): string[] {
  const months = new Set<string>();
  if (from !== null && !from.endsWith("-01")) months.add(`${from.slice(0, 7)}-01`);
  if (to !== null && to !== lastDayOfMonth(to)) months.add(`${to.slice(0, 7)}-01`);
  return [...months].sort();
}

function lastDayOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, "0")}`;
}

/** The years a date filter starts or ends inside: from a day after 1 January, to a day before 31 December. */
export function yearsCut(from: string | null, to: string | null): number[] {
  const years = new Set<number>();
  if (from !== null && !from.endsWith("-01-01")) years.add(Number(from.slice(0, 4)));
  if (to !== null && !to.endsWith("-12-31")) years.add(Number(to.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

export function facetRows(params: SearchParams, plan: TextPlan | null, table: Prisma.Sql): FacetRows {
  if (plan !== null || params.author) return { from: table, hits: Prisma.sql`count(*)` };
  const cut = yearsCut(params.from, params.to);
  return cut.length === 0 ? yearCountRows() : yearAndMonthCountRows(params.from, params.to, cut);
}

/** The counts by year with the log, each standing for its year's 1 January: for a search whose dates are whole years. */
export function yearCountRows(): FacetRows {
  return { from: yearRows([]), hits: Prisma.sql`q.questions`, isOneRowPerGroup: true };
}

/**
 * For dates that cut a year or two: the counts by year for the other years, which the dates take
 * whole or leave out whole, so that their 1 January stands for them; by month in the years cut
 * (monthCountRows). At 100,000 questions, 14,600 rows instead of 32,400 for dates from a 1 June.
 * Not grouped again: the years' rows are groups already, and grouping the lot cost more than it
 * saved (23 against 21 ms, docs/benchmarks.md).
 */
function yearAndMonthCountRows(from: string | null, to: string | null, cut: number[]): FacetRows {
  return {
    from: Prisma.sql`(SELECT * FROM ${yearRows(cut)} y UNION ALL SELECT * FROM ${monthRows(from, to, cut)} m)`,
    hits: Prisma.sql`q.questions`,
    isOneRowPerGroup: true,
  };
}

/** The counts by year with the log, but for the years left out. */
function yearRows(leftOut: number[]): Prisma.Sql {
  return Prisma.sql`(
      SELECT legislature, addressee_id, author_party, asked_year, status, session, make_date(asked_year, 1, 1) AS asked_on, questions
        FROM question_facet_year_count WHERE asked_year <> ALL (${leftOut}::int[])
      UNION ALL
      SELECT legislature, addressee_id, author_party, asked_year, status, session, make_date(asked_year, 1, 1), questions
        FROM question_facet_change WHERE asked_year <> ALL (${leftOut}::int[])
    )`;
}

/**
 * The counts by month with the log, and the questions of the months a date filter cuts inside,
 * one by one: of every year (what tools/bench/facets.ts compares with), or of `years` only.
 */
export function monthCountRows(from: string | null, to: string | null): FacetRows {
  return { from: monthRows(from, to, null), hits: Prisma.sql`sum(q.questions)` };
}

function monthRows(from: string | null, to: string | null, years: number[] | null): Prisma.Sql {
  const cut = monthsCut(from, to);
  const inCutMonths = cut.length === 0
    ? Prisma.sql`FALSE`
    : Prisma.join(cut.map((month) => Prisma.sql`(asked_on >= ${month}::date AND asked_on < ${month}::date + interval '1 month')`), " OR ");
  const inYears = years === null ? Prisma.sql`TRUE` : Prisma.sql`asked_year = ANY (${years}::int[])`;
  return Prisma.sql`(
      SELECT legislature, addressee_id, author_party, asked_year, status, session, asked_month AS asked_on, questions
        FROM question_facet_count WHERE asked_month <> ALL (${cut}::date[]) AND ${inYears}
      UNION ALL
      SELECT legislature, addressee_id, author_party, asked_year, status, session, asked_month, questions
        FROM question_facet_change WHERE asked_month <> ALL (${cut}::date[]) AND ${inYears}
      UNION ALL
      SELECT legislature, addressee_id, author_party, asked_year, status, session, asked_on, 1
        FROM question_facet WHERE ${inCutMonths}
    )`;
}
