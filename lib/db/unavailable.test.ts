import { describe, expect, it } from "vitest";
import { currentRequestContext, noteDatabaseUnavailable, runInRequestContext, type RequestContext } from "@/lib/observability/request-context";
import { isDatabaseUnavailable, reportUnavailability } from "./unavailable";

const statementTimeout = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
const missingTable = Object.assign(new Error('relation "question" does not exist'), { code: "42P01" });

/** A stand-in for node-postgres's pool: each call fails with the next error. */
function failingPool(errors: Error[]) {
  return {
    query: (sql: string): Promise<never> | undefined => Promise.reject(Object.assign(errors.shift()!, { sql })),
    connect: (callback?: (error: Error) => void): Promise<never> | undefined => {
      const error = errors.shift()!;
      if (callback) return void callback(error);
      return Promise.reject(error);
    },
  };
}

describe("isDatabaseUnavailable", () => {
  it("tells the database's weather from a bug, through the wrappings it arrives in", () => {
    expect(isDatabaseUnavailable(statementTimeout)).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(missingTable)).toBe(false);
    expect(isDatabaseUnavailable("57014")).toBe(false);
  });
});

describe("reportUnavailability", () => {
  it("marks the request whose statement found the database unavailable, before the caller hears of it", async () => {
    const pool = reportUnavailability(failingPool([statementTimeout, missingTable]), noteDatabaseUnavailable);
    const timedOut: RequestContext = { requestId: "a", isDatabaseUnavailable: false };
    const broken: RequestContext = { requestId: "b", isDatabaseUnavailable: false };
    const seenByCaller = await runInRequestContext(timedOut, () => pool.query("SELECT 1")!.catch(() => currentRequestContext()!.isDatabaseUnavailable));
    expect(seenByCaller).toBe(true);
    await runInRequestContext(broken, () => pool.query("SELECT 1")!.catch(() => undefined));
    expect(broken.isDatabaseUnavailable).toBe(false);
  });

  it("watches connections taken for a transaction; the pool's own callback-style calls pass through", async () => {
    const calls: string[] = [];
    const pool = reportUnavailability(failingPool([new Error("timeout exceeded when trying to connect"), statementTimeout]), () => calls.push("unavailable"));
    await expect(pool.connect()).rejects.toThrow(/timeout exceeded/);
    expect(calls).toEqual(["unavailable"]);
    pool.connect((error) => calls.push(`callback: ${error.message}`));
    expect(calls).toEqual(["unavailable", "callback: canceling statement due to statement timeout"]);
  });

  it("outside a request, noting is a no-op", () => {
    expect(currentRequestContext()).toBeUndefined();
    expect(() => noteDatabaseUnavailable()).not.toThrow();
  });
});
