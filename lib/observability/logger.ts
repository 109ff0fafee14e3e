/**
 * The app's structured log: one JSON object per line on standard output (pino), which systemd's
 * journal, a container runtime or any log shipper takes as it is. Kept on globalThis because
 * Next.js bundles this module into several chunks (instrumentation, each route) that must share
 * one logger and one output stream.
 */
import pino, { type Logger } from "pino";
import { readEnv } from "@/lib/env";

const holder = globalThis as unknown as { archiveLogger?: Logger };

export function logger(): Logger {
  holder.archiveLogger ??= pino({
    level: readEnv().LOG_LEVEL,
    base: { pid: process.pid, port: process.env.PORT ?? null },
    // Field names that log tools read without configuration.
    messageKey: "msg",
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return holder.archiveLogger;
}
