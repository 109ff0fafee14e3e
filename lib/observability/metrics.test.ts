import type pg from "pg";
import { describe, expect, it } from "vitest";
import { endTrackedPools, metrics, trackPool } from "./metrics";

function fakePool(counts: { totalCount: number; idleCount: number; waitingCount: number; max: number }) {
  const pool = { ...counts, options: { max: counts.max }, ended: false, end: async () => void (pool.ended = true) };
  return pool;
}

describe("metrics", () => {
  it("reports each tracked pool's connections when scraped, and ends the pools at shutdown", async () => {
    const replica = fakePool({ totalCount: 7, idleCount: 3, waitingCount: 2, max: 10 });
    trackPool("replica", replica as unknown as pg.Pool);
    const text = await metrics().registry.metrics();
    expect(text).toContain('db_pool_connections{database="replica",state="total"} 7');
    expect(text).toContain('db_pool_connections{database="replica",state="idle"} 3');
    expect(text).toContain('db_pool_connections{database="replica",state="waiting"} 2');
    expect(text).toContain('db_pool_max_connections{database="replica"} 10');
    await endTrackedPools();
    expect(replica.ended).toBe(true);
  });

  it("is one registry per process, however many copies of the module ask", () => {
    expect(metrics()).toBe(metrics());
    metrics().searchDuration.observe({ class: "words", outcome: "results" }, 0.02);
    return metrics().registry.metrics().then((text) => expect(text).toContain('search_duration_seconds_count{class="words",outcome="results"} 1'));
  });
});
