/**
 * The vertical scale the charts share: a count (questions, answers) from 0 at the bottom to the
 * largest, rounded up by d3's nice(), with whole-number ticks; and its grid lines across the
 * drawing, each labelled with its count on the left.
 */
import { scaleLinear, type ScaleLinear } from "d3-scale";
import { CHART_COLOURS, CHART_SIZE } from "./palette";

export type CountScale = { y: ScaleLinear<number, number>; ticks: number[] };

export function countScale(maxCount: number): CountScale {
  const { height, margin } = CHART_SIZE;
  const y = scaleLinear().domain([0, Math.max(1, maxCount)]).nice().range([height - margin.bottom, margin.top]);
  // Whole counts only: no "0.5 answers" tick on a small chart.
  return { y, ticks: y.ticks(Math.min(5, Math.max(1, maxCount))).filter(Number.isInteger) };
}

export function CountGrid({ scale: { y, ticks }, formatCount }: { scale: CountScale; formatCount: (count: number) => string }) {
  const { width, margin } = CHART_SIZE;
  return (
    <>
      {ticks.map((tick) => (
        <g key={`y${tick}`}>
          <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} className={CHART_COLOURS.grid} />
          <text x={margin.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={11} className={CHART_COLOURS.text}>
            {formatCount(tick)}
          </text>
        </g>
      ))}
    </>
  );
}
