import { max, sum } from "d3-array";
import { scaleUtc } from "d3-scale";
import { getFormatter, getTranslations } from "next-intl/server";
import type { MonthCount } from "@/lib/data/statistics";
import { placeAxisLabels } from "./axis-labels";
import { ChartTable } from "./chart-table";
import { countScale, CountGrid } from "./count-scale";
import { CHART_COLOURS, CHART_SIZE } from "./palette";

const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);
const nextMonthStart = (month: string) => {
  const date = monthStart(month);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
};

/**
 * Questions asked and answered per month, as paired bars drawn on the server (asked in blue,
 * answered in vermillion: told apart by colour-blind readers, and named in a legend in the
 * page's text). The time axis is d3's UTC scale with its own ticks; the SVG is an image with a
 * title and a description, and the numbers follow as a table.
 */
export async function MonthlyChart({ months, id }: { months: MonthCount[]; id: string }) {
  const [t, format] = await Promise.all([getTranslations("accountability.charts"), getFormatter()]);
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return <p className="text-slate-600 dark:text-slate-400">{t("monthly.empty")}</p>;
  const { width, height, margin } = CHART_SIZE;
  const maxCount = max(months, (month) => Math.max(month.asked, month.answered)) ?? 0;
  const x = scaleUtc().domain([monthStart(first.month), nextMonthStart(last.month)]).range([margin.left, width - margin.right]);
  const counts = countScale(maxCount);
  const { y } = counts;
  const monthName = (month: string) => format.dateTime(monthStart(month), { month: "long", year: "numeric", timeZone: "UTC" });
  const tickName = (date: Date) => format.dateTime(date, { month: "short", year: "numeric", timeZone: "UTC" });
  const busiest = months.reduce((best, month) => (month.asked > best.asked ? month : best), first);
  return (
    <figure data-chart="monthly">
      <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-3xl" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t("monthly.title")}</title>
        <desc id={`${id}-desc`}>
          {t("monthly.description", {
            first: monthName(first.month),
            last: monthName(last.month),
            asked: sum(months, (month) => month.asked),
            answered: sum(months, (month) => month.answered),
            busiest: monthName(busiest.month),
            busiestAsked: busiest.asked,
          })}
        </desc>
        <CountGrid scale={counts} formatCount={(count) => format.number(count)} />
        {months.map((month) => {
          const left = x(monthStart(month.month));
          const half = Math.max(0.5, (x(nextMonthStart(month.month)) - left) / 2 - 0.25);
          return (
            <g key={month.month} data-month={month.month}>
              <rect data-series="asked" data-count={month.asked} x={left} y={y(month.asked)} width={half} height={y(0) - y(month.asked)} className={CHART_COLOURS.primary.fill}>
                <title>{`${monthName(month.month)}, ${t("monthly.asked")}: ${format.number(month.asked)}`}</title>
              </rect>
              <rect data-series="answered" data-count={month.answered} x={left + half} y={y(month.answered)} width={half} height={y(0) - y(month.answered)} className={CHART_COLOURS.secondary.fill}>
                <title>{`${monthName(month.month)}, ${t("monthly.answered")}: ${format.number(month.answered)}`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} className={CHART_COLOURS.axis} />
        {x.ticks(6).map((tick) => (
          <line key={tick.toISOString()} x1={x(tick)} x2={x(tick)} y1={y(0)} y2={y(0) + 4} className={CHART_COLOURS.axis} />
        ))}
        {placeAxisLabels(x.ticks(6).map((tick) => ({ x: x(tick), text: tickName(tick) })), { left: margin.left, right: width - margin.right }).map((label) => (
          <text key={label.text} x={label.x} y={height - margin.bottom + 16} textAnchor="middle" fontSize={11} className={CHART_COLOURS.text}>
            {label.text}
          </text>
        ))}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-sm">
        <span><span aria-hidden="true" className={`mr-1 inline-block h-3 w-3 align-middle ${CHART_COLOURS.primary.swatch}`} />{t("monthly.asked")}</span>
        <span><span aria-hidden="true" className={`mr-1 inline-block h-3 w-3 align-middle ${CHART_COLOURS.secondary.swatch}`} />{t("monthly.answered")}</span>
      </figcaption>
      <ChartTable
        summary={t("table")}
        headers={[t("monthly.monthColumn"), t("monthly.asked"), t("monthly.answered")]}
        rows={months.map((month) => [monthName(month.month), format.number(month.asked), format.number(month.answered)])}
      />
    </figure>
  );
}
