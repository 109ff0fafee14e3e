/**
 * How the tables and pages write a figure: shares as whole percentages, days with at most one
 * decimal (an interpolated median can be 46.5), a missing figure as a dash. Server-only, through
 * next-intl's formatter, so numbers follow the interface language ("46,5" in French).
 */
import "server-only";
import { getFormatter } from "next-intl/server";

export type FigureFormat = { share: (value: number | null) => string; days: (value: number | null) => string; count: (value: number) => string };

export async function figureFormat(none: string): Promise<FigureFormat> {
  const format = await getFormatter();
  return {
    share: (value) => (value === null ? none : format.number(value, { style: "percent", maximumFractionDigits: 0 })),
    days: (value) => (value === null ? none : format.number(value, { maximumFractionDigits: 1 })),
    count: (value) => format.number(value),
  };
}
