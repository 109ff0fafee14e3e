/**
 * Prisma clients over node-postgres (@prisma/adapter-pg), for a real server and the embedded
 * database alike. `db` is the app's one client: created on first use, not at import (`next build`
 * imports pages without a database), and kept on globalThis so that hot reloading in development
 * does not open a new pool on every edit. Read functions take a client as their `db` option,
 * defaulting to this one; tests and tools pass their own, made with createPrismaClient.
 *
 * Every client's pool is bounded in time (lib/db/pool-settings.ts): a statement timeout on the
 * server, a read timeout on the client, connect and idle timeouts, a fixed size.
 *
 * The app only reads, so its client connects to the read target (lib/db/read-target.ts): the
 * streaming replica when DATABASE_REPLICA_URL is set, DATABASE_URL otherwise. Its pool is reported
 * in the metrics and ended when the server shuts down (lib/observability), and a read it fails
 * because the database is unavailable marks the request being served (lib/db/unavailable.ts).
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";
import { trackPool } from "@/lib/observability/metrics";
import { noteDatabaseUnavailable } from "@/lib/observability/request-context";
import { reportIdleConnectionErrors } from "./pool";
import { appPoolConfig, poolSettingsFrom, type PoolSettings } from "./pool-settings";
import { readTarget } from "./read-target";
import { registerClientPool } from "./sql";
import { reportUnavailability } from "./unavailable";

export type Database = PrismaClient;

export function createPrismaClient(
  url: string,
  settings: PoolSettings = poolSettingsFrom(readEnv()),
  options: { onPool?: (pool: pg.Pool) => void } = {},
): Database {
  // Our own pool rather than a connection string: its settings are ours, and it can be observed.
  const pool = reportIdleConnectionErrors(new pg.Pool(appPoolConfig(url, settings)));
  options.onPool?.(pool);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerClientPool(client, pool);
  return client;
}

const globalForPrisma = globalThis as unknown as { prisma?: Database };

function appClient(): Database {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const env = readEnv();
  const target = readTarget(env);
  if (!target) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it");
  }
  return (globalForPrisma.prisma = createPrismaClient(target.url, poolSettingsFrom(env), {
    onPool: (pool) => {
      trackPool(target.kind, pool);
      // A page that fails on an unavailable database answers 503 (lib/http/error-shell.ts).
      reportUnavailability(pool, noteDatabaseUnavailable);
    },
  }));
}

/** Which database the app's client reads from: "replica" or "primary". */
export function appReadTargetKind(): "replica" | "primary" | null {
  return readTarget(readEnv())?.kind ?? null;
}

/** The app's client, connected on first use. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const instance = appClient();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
