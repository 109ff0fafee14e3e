/**
 * What the benchmarks that compare a statement with an earlier commit's share
 * (tools/bench/named-filters.ts, result-page.ts, snippets.ts): the earlier source read with
 * `git show` into a file beside the current one, so that its imports resolve (the file pattern
 * is in .gitignore, and the file is removed after), and the two versions run alternately.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { formatMs, percentile } from "./stats";

export type Version = "baseline" | "current";

/** `source` (e.g. lib/search/sql/filters.ts) as it was at `rev`, imported; `remove` deletes the copy. */
export async function importBaseline<T>(rev: string, source: string): Promise<{ module: T; remove: () => void }> {
  const copy = path.resolve(source.replace(/\.ts$/, ".baseline.ts"));
  writeFileSync(copy, execFileSync("git", ["show", `${rev}:${source}`]));
  const remove = () => rmSync(copy, { force: true });
  try {
    return { module: (await import(copy)) as T, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Runs both versions `rounds` times after a warm-up round, each round starting with the other
 * version, so that neither is always first. Each run returns its result as text, to compare;
 * the last run's result of each version is kept.
 */
export async function runAlternately(rounds: number, versions: Record<Version, () => Promise<string>>): Promise<{ ms: Record<Version, number[]>; results: Record<Version, string> }> {
  const ms: Record<Version, number[]> = { baseline: [], current: [] };
  const results: Record<Version, string> = { baseline: "", current: "" };
  for (let round = 0; round <= rounds; round += 1) {
    for (const version of round % 2 === 0 ? (["current", "baseline"] as const) : (["baseline", "current"] as const)) {
      const start = performance.now();
      results[version] = await versions[version]();
      if (round > 0) ms[version].push(performance.now() - start);
    }
  }
  return { ms, results };
}

/** "p50 / p95" of a list of times, for a table cell. */
export function p50AndP95(ms: readonly number[]): string {
  return `${formatMs(percentile(ms, 50))} / ${formatMs(percentile(ms, 95))}`;
}

/** How many times faster the current version is at p50. */
export function p50Ratio(ms: Record<Version, readonly number[]>): string {
  return (percentile(ms.baseline, 50) / percentile(ms.current, 50)).toFixed(1);
}
