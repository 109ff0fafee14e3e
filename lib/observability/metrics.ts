/**
 * The node's Prometheus metrics (prom-client), served by /api/metrics: request durations by
 * route, the database pools' connections, search durations by class, and Node's own (event loop
 * delay, memory, garbage collection). Each node counts its own requests; Prometheus scrapes every
 * node and adds them up, so nothing here needs to be shared between nodes.
 *
 * One registry per process, on globalThis: Next.js bundles this module into several chunks
 * (instrumentation, the metrics route, pages) and a second copy registering the same metric names
 * would throw.
 */
import type pg from "pg";
import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

type Metrics = {
  registry: Registry;
  requestDuration: Histogram<"method" | "route" | "status">;
  searchDuration: Histogram<"class" | "outcome">;
  pools: Map<string, pg.Pool>;
};

const holder = globalThis as unknown as { archiveMetrics?: Metrics };

export function metrics(): Metrics {
  if (holder.archiveMetrics) return holder.archiveMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const pools = new Map<string, pg.Pool>();
  const requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival at the node to the end of its response, by route pattern",
    labelNames: ["method", "route", "status"],
    // From a cached file (~1 ms) to the statement timeout (5 s) and beyond.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const searchDuration = new Histogram({
    name: "search_duration_seconds",
    help: "Time a search took in the database, by class of query (number, words, browse) and outcome",
    labelNames: ["class", "outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "db_pool_connections",
    help: "Connections of the app's database pools: open (total), idle, and requests waiting for one (waiting)",
    labelNames: ["database", "state"],
    registers: [registry],
    collect() {
      for (const [database, pool] of pools) {
        this.set({ database, state: "total" }, pool.totalCount);
        this.set({ database, state: "idle" }, pool.idleCount);
        this.set({ database, state: "waiting" }, pool.waitingCount);
      }
    },
  });
  new Gauge({
    name: "db_pool_max_connections",
    help: "The size each of the app's database pools may grow to (DB_POOL_SIZE)",
    labelNames: ["database"],
    registers: [registry],
    collect() {
      for (const [database, pool] of pools) this.set({ database }, pool.options.max ?? 10);
    },
  });
  return (holder.archiveMetrics = { registry, requestDuration, searchDuration, pools });
}

/** Reports a pool's connections under `database` ("replica", "primary"), and lets shutdown close it. */
export function trackPool(database: string, pool: pg.Pool): void {
  metrics().pools.set(database, pool);
}

/** Ends every tracked pool: connections closed with a goodbye to the server rather than cut. */
export async function endTrackedPools(): Promise<void> {
  const { pools } = metrics();
  const ending = [...pools.values()].map((pool) => (pool.ended ? undefined : pool.end()));
  pools.clear();
  await Promise.allSettled(ending);
}
