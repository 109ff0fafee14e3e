/** Percentiles and the result table of the search benchmark. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export type Summary = { p50: number; p95: number; p99: number; count: number };

export function summarize(values: readonly number[]): Summary {
  return { p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), count: values.length };
}

export function formatMs(value: number): string {
  return Number.isNaN(value) ? "-" : value < 10 ? value.toFixed(1) : value.toFixed(0);
}

/** A plain Markdown table, so the output can be pasted into docs/benchmarks.md. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
