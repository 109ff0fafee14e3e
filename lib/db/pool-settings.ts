/**
 * How long the app may wait on its database, and how many connections it holds: the settings of
 * the app's node-postgres pool, from the environment (lib/env.ts). Three timeouts, because each
 * covers what the others cannot:
 * - statement_timeout, on the server: PostgreSQL cancels a read that runs too long and frees its
 *   backend. PGlite ignores it (it has no timer to interrupt a statement).
 * - query_timeout, on the client: the request gets its answer a little after the statement
 *   timeout even when the server never replies (a hung server, a busy PGlite).
 * - connectionTimeoutMillis: opening a connection, and waiting for a free one when all are busy.
 */
import type pg from "pg";
import type { Env } from "@/lib/env";

export type PoolSettings = {
  statementTimeoutMs: number;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  poolSize: number;
};

/** The client waits this much longer than the server would, so that a server-side cancel wins when the server is alive. */
export const CLIENT_TIMEOUT_MARGIN_MS = 1_000;

/**
 * The longest a request may wait on the database in all: one statement's budget and the client's
 * margin. A search runs a few statements, each bounded on its own; this bounds them together, so
 * that a request queued behind others still gets its answer in time (lib/data/search.ts).
 */
export function requestDeadlineMs(settings: PoolSettings): number {
  return settings.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS;
}

export function poolSettingsFrom(env: Env): PoolSettings {
  return {
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    idleTimeoutMs: env.DB_IDLE_TIMEOUT_MS,
    poolSize: env.DB_POOL_SIZE,
  };
}

/**
 * How the web nodes' connections name themselves to PostgreSQL (pg_stat_activity), apart from
 * the commands' (migrate, seed) and the operators' own sessions.
 */
export const APP_APPLICATION_NAME = "archive-web";

/**
 * Server settings every app connection starts with (libpq's `options`). JIT off: on a ranked page
 * of common words PostgreSQL 15 compiled the expressions for about 0.4 s to save a few
 * milliseconds of execution (docs/benchmarks.md); the archive's statements are short reads,
 * which JIT, made for long analytic queries, only slows down.
 */
export const APP_SESSION_OPTIONS = "-c jit=off";

export function appPoolConfig(url: string, settings: PoolSettings): pg.PoolConfig {
  return {
    connectionString: url,
    application_name: APP_APPLICATION_NAME,
    options: APP_SESSION_OPTIONS,
    max: settings.poolSize,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    query_timeout: settings.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
    // A transaction left open by a crashed request must not hold its locks for long.
    idle_in_transaction_session_timeout: settings.statementTimeoutMs * 2,
    // A dead peer (server gone, network cut) is noticed rather than waited on for ever.
    keepAlive: true,
  };
}
