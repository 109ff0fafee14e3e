import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { getFormatter, getTranslations } from "next-intl/server";
import type { HistogramBin } from "@/lib/data/statistics";
import { placeAxisLabels } from "./axis-labels";
import { ChartTable } from "./chart-table";
import { countScale, CountGrid } from "./count-scale";
import { CHART_COLOURS, CHART_SIZE } from "./palette";

/**
 * Days to answer as a histogram, drawn on the server as SVG: one bar per bin of `binDays` days,
 * empty bins as bars of no height, so the bars are exactly the data's rows (each carries its
 * count in data-count, which the browser tests compare with the heights). The SVG is an image
 * with a title and a description that say what it shows; the numbers follow as a table.
 * Scales and ticks come from d3-scale.
 */
export async function DelayHistogram({ bins, binDays, id }: { bins: HistogramBin[]; binDays: number; id: string }) {
  const [t, format] = await Promise.all([getTranslations("accountability.charts"), getFormatter()]);
  if (bins.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t("histogram.empty")}</p>;
  const { width, height, margin } = CHART_SIZE;
  const maxCount = max(bins, (bin) => bin.count) ?? 0;
  const last = bins[bins.length - 1];
  const x = scaleLinear().domain([0, (last?.toDays ?? 0) + 1]).range([margin.left, width - margin.right]);
  const counts = countScale(maxCount);
  const { y } = counts;
  const xTicks = x.ticks(8).filter(Number.isInteger);
  const tallest = bins.find((bin) => bin.count === maxCount);
  const answered = bins.reduce((sum, bin) => sum + bin.count, 0);
  const binLabel = (bin: HistogramBin) => t("histogram.bin", { from: format.number(bin.fromDays), to: format.number(bin.toDays) });
  return (
    <figure data-chart="histogram">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-3xl"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t("histogram.title")}</title>
        <desc id={`${id}-desc`}>
          {t("histogram.description", {
            answered,
            binDays,
            max: maxCount,
            from: format.number(tallest?.fromDays ?? 0),
            to: format.number(tallest?.toDays ?? 0),
          })}
        </desc>
        <CountGrid scale={counts} formatCount={(count) => format.number(count)} />
        <g data-bars>
          {bins.map((bin) => {
            const left = x(bin.fromDays);
            const barWidth = Math.max(1, x(bin.toDays + 1) - left - 1);
            return (
              <rect
                key={bin.fromDays}
                data-count={bin.count}
                data-from={bin.fromDays}
                x={left + 0.5}
                y={y(bin.count)}
                width={barWidth}
                height={y(0) - y(bin.count)}
                className={CHART_COLOURS.primary.fill}
              >
                <title>{`${binLabel(bin)}: ${format.number(bin.count)}`}</title>
              </rect>
            );
          })}
        </g>
        <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} className={CHART_COLOURS.axis} />
        {placeAxisLabels(xTicks.map((tick) => ({ x: x(tick), text: format.number(tick) })), { left: margin.left, right: width - margin.right }).map((label) => (
          <text key={`x${label.text}`} x={label.x} y={height - margin.bottom + 14} textAnchor="middle" fontSize={11} className={CHART_COLOURS.text}>
            {label.text}
          </text>
        ))}
        <text x={(margin.left + width - margin.right) / 2} y={height - 4} textAnchor="middle" fontSize={11} className={CHART_COLOURS.text}>
          {t("histogram.axisX")}
        </text>
      </svg>
      <ChartTable
        summary={t("table")}
        headers={[t("histogram.binColumn"), t("histogram.countColumn")]}
        rows={bins.map((bin) => [binLabel(bin), format.number(bin.count)])}
      />
    </figure>
  );
}
