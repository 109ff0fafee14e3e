/**
 * A Prisma client on a test database, as the app makes its own. Apart from databases.ts, which
 * tools import too (tools/relevance.ts): lib/db/prisma.ts is server-only, which only the test
 * runner lets a script import.
 */
import { connectionsFor } from "@/lib/db/connection";
import { poolSettingsFrom, type PoolSettings } from "@/lib/db/pool-settings";
import { createPrismaClient, type Database } from "@/lib/db/prisma";
import { readEnv } from "@/lib/env";
import type { TestDatabase } from "./databases";

/** A Prisma client on a test database, as the app makes its own, with as many connections as the database allows. */
export function testClient(database: TestDatabase, settings: PoolSettings = poolSettingsFrom(readEnv())): Database {
  return createPrismaClient(database.url, { ...settings, poolSize: connectionsFor(database, settings.poolSize) });
}
