/**
 * Questions asked and answered per calendar month, every month from the scope's first to its
 * last included (a month with neither is a zero, not a gap, so that a chart's bars are evenly
 * spaced and its table complete). An answer counts in the month it was received.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeCondition, type StatisticsScope } from "./figures";

export type MonthlyRow = { month: string; asked: number; answered: number };

export function monthlySql(scope: StatisticsScope): Prisma.Sql {
  return Prisma.sql`
    WITH scoped AS (
      SELECT q.asked_on, q.answer_received_on FROM question_facet q WHERE ${scopeCondition(scope)}
    ),
    asked AS (
      SELECT date_trunc('month', asked_on)::date AS month, count(*)::int AS n FROM scoped GROUP BY 1
    ),
    answered AS (
      SELECT date_trunc('month', answer_received_on)::date AS month, count(*)::int AS n
      FROM scoped WHERE answer_received_on IS NOT NULL GROUP BY 1
    ),
    bounds AS (
      SELECT min(month) AS first_month, max(month) AS last_month
      FROM (SELECT month FROM asked UNION ALL SELECT month FROM answered) AS months
    ),
    months AS (
      SELECT generate_series(first_month, last_month, interval '1 month')::date AS month
      FROM bounds WHERE first_month IS NOT NULL
    )
    SELECT to_char(m.month, 'YYYY-MM') AS month, coalesce(asked.n, 0) AS asked, coalesce(answered.n, 0) AS answered
    FROM months m
    LEFT JOIN asked ON asked.month = m.month
    LEFT JOIN answered ON answered.month = m.month
    ORDER BY m.month`;
}
