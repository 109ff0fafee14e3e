import { describe, expect, it } from "vitest";
import { createLogger, logFailure } from "./logger";
import { runInRequestContext } from "./request-context";

/** A logger writing into an array of raw lines, as standard output would receive them. */
function capture() {
  const chunks: string[] = [];
  const log = createLogger({ write: (chunk: string) => void chunks.push(chunk) });
  return { log, lines: () => chunks.join("").split("\n").filter((line) => line !== "") };
}

/** A driver error as node-postgres and Prisma raise it: several lines of message and stack, and fields. */
function driverError(): Error {
  const cause = Object.assign(new Error("canceling statement due to statement timeout"), { code: "57014" });
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation:\n\n\nQuery read timeout"), { code: "P2010", clientVersion: "7.10.1", cause });
}

describe("logFailure", () => {
  it("writes an error as one JSON line carrying the request's X-Request-Id and the serialized error", () => {
    const { log, lines } = capture();
    const request = new Request("http://archive.test/api/search?q=x", { headers: { "x-request-id": "edge-0123456789abcdef" } });
    logFailure("search failed", driverError(), { request, log });
    expect(lines()).toHaveLength(1);
    const line = JSON.parse(lines()[0]!);
    expect(line).toMatchObject({ level: 50, msg: "search failed", reqId: "edge-0123456789abcdef" });
    expect(line.err).toMatchObject({
      type: "Error",
      // pino's serializer follows the cause chain into the message and the stack.
      message: "Invalid `prisma.$queryRaw()` invocation:\n\n\nQuery read timeout: canceling statement due to statement timeout",
      code: "P2010",
      clientVersion: "7.10.1",
    });
    expect(line.err.stack).toMatch(/^Error: Invalid `prisma[^]*\ncaused by: Error: canceling statement due to statement timeout\n/);
  });

  it("without a Request, takes the id of the request being served; with null, none", () => {
    const { log, lines } = capture();
    runInRequestContext({ requestId: "served-0001", isDatabaseUnavailable: false }, () => {
      logFailure("search unavailable", driverError(), { level: "warn", log });
      logFailure("database connection closed", new Error("Connection terminated unexpectedly"), { request: null, level: "warn", log });
    });
    const [served, unrelated] = lines().map((line) => JSON.parse(line));
    expect(served).toMatchObject({ level: 40, msg: "search unavailable", reqId: "served-0001" });
    expect(unrelated).toMatchObject({ level: 40, msg: "database connection closed", err: { message: "Connection terminated unexpectedly" } });
    expect(unrelated).not.toHaveProperty("reqId");
  });
});
