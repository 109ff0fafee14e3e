/**
 * The app's structured log: one JSON object per line on standard output (pino), which systemd's
 * journal, a container runtime or any log shipper takes as it is. Kept on globalThis because
 * Next.js bundles this module into several chunks (instrumentation, each route) that must share
 * one logger and one output stream.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { readEnv } from "@/lib/env";
import { currentRequestId } from "./request-context";
import { REQUEST_ID_HEADER } from "./request-id";

const holder = globalThis as unknown as { archiveLogger?: Logger };

/** A logger with the app's settings, writing to `destination` (standard output by default). */
export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    level: readEnv().LOG_LEVEL,
    base: { pid: process.pid, port: process.env.PORT ?? null },
    // Field names that log tools read without configuration.
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

export function logger(): Logger {
  holder.archiveLogger ??= createLogger();
  return holder.archiveLogger;
}

/**
 * A failure as one JSON line: `msg`, the request's id as `reqId` (the route's Request's
 * X-Request-Id; without one, the request being served, lib/observability/request-context.ts; null
 * for an event no request caused), and the error as `err`, serialized by pino (type, message,
 * stack, code and the other fields of driver errors, causes), never several lines of plain text.
 */
export function logFailure(
  message: string,
  error: unknown,
  { request, level = "error", log = logger() }: { request?: Request | null; level?: "error" | "warn"; log?: Logger } = {},
): void {
  const reqId = request === null ? undefined : (request?.headers.get(REQUEST_ID_HEADER) ?? currentRequestId());
  log[level]({ reqId, err: error }, message);
}
