/**
 * Tells a database that is too slow or out of reach (a timeout, a refused or dropped connection)
 * from every other failure: the first is the server's weather, answered with "try again in a
 * moment" (a 503); anything else is a bug, answered with a plain 500 and logged.
 *
 * The same failure reaches us in several wrappings: Prisma's known request error around its
 * driver adapter's error around PostgreSQL's SQLSTATE, or node-postgres's own errors for what
 * happens on the client side (connect and read timeouts, a connection cut).
 */

// SQLSTATE: query_canceled (statement_timeout), lock_not_available, the shutdown and
// cannot-connect-now family, too many connections, and every connection exception (class 08).
const UNAVAILABLE_SQLSTATES = /^(57014|55P03|57P0[1-4]|53300|08...)$/;
// The driver adapter's kinds for the same.
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// Prisma's: cannot reach, timed out, operations timed out, server closed the connection, no free connection in time.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// node-postgres's client side.
const UNAVAILABLE_MESSAGES = /Query read timeout|timeout exceeded when trying to connect|Connection terminated|connection timeout|ECONNREFUSED|ECONNRESET|EPIPE/;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const candidate = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof candidate.code === "string" && (UNAVAILABLE_SQLSTATES.test(candidate.code) || UNAVAILABLE_PRISMA_CODES.has(candidate.code))) return true;
  if (typeof candidate.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(candidate.kind)) return true;
  if (typeof candidate.message === "string" && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
  return isDatabaseUnavailable(candidate.cause, depth + 1) || isDatabaseUnavailable(candidate.meta?.driverAdapterError, depth + 1);
}

type Pool = { query: (...args: never[]) => unknown; connect: (...args: never[]) => unknown };

/**
 * Calls `onUnavailable` whenever a statement or connection of `pool` fails because the database
 * is unavailable, before the caller hears of it, in the caller's async context: the app marks the
 * request being served (lib/observability/request-context.ts), so that a page that fails on it
 * answers 503 rather than 500 (lib/http/error-shell.ts). The pool's promises are returned as they
 * are; only callback-less calls are watched (node-postgres's pool.query connects with a callback,
 * and its failure then reaches the query's own promise).
 */
export function reportUnavailability<P extends Pool>(pool: P, onUnavailable: () => void): P {
  for (const method of ["query", "connect"] as const) {
    const original = pool[method] as (...args: unknown[]) => unknown;
    pool[method] = function (this: P, ...args: unknown[]) {
      const result = Reflect.apply(original, this, args);
      if (result instanceof Promise) {
        result.then(undefined, (error: unknown) => {
          if (isDatabaseUnavailable(error)) onUnavailable();
        });
      }
      return result;
    } as P[typeof method];
  }
  return pool;
}
