/**
 * Where a time or count axis writes its tick labels: each centred on its tick, moved inside the
 * drawing when it would cross its edge, and left out when it would overlap the label before it
 * (d3's ticks are evenly spaced in time, not in text: the first tick of a long series can fall a
 * few pixels from the next, "janv. 2008" over "janv. 2010"). Widths are estimated from the
 * length of the text at the charts' 11-unit font, with a margin for wide letters.
 */
export type AxisLabel = { x: number; text: string };

const CHARACTER_WIDTH = 6.4;
const GAP = 8;

export function placeAxisLabels(labels: readonly AxisLabel[], { left, right }: { left: number; right: number }): AxisLabel[] {
  const placed: AxisLabel[] = [];
  let previousEnd = Number.NEGATIVE_INFINITY;
  for (const label of [...labels].sort((a, b) => a.x - b.x)) {
    const half = (label.text.length * CHARACTER_WIDTH) / 2;
    const x = Math.min(Math.max(label.x, left + half), right - half);
    if (x - half < previousEnd + GAP) continue;
    placed.push({ x, text: label.text });
    previousEnd = x + half;
  }
  return placed;
}
