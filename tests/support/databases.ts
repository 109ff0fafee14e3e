/**
 * Fresh databases for integration tests: always an embedded PGlite in a temporary folder, and,
 * when TEST_DATABASE_URL names a PostgreSQL server, a new database of its own on that server
 * (created for the run, dropped after), so tests never touch anyone's data.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { connectionsFor } from "@/lib/db/connection";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { readEnv } from "@/lib/env";
import { collectSourceFiles, seedDocuments, type SeedSummary } from "@/lib/db/seed";

/** role: "owner" for the embedded database (one connection per pool, see connectionsFor), "server" for PostgreSQL. */
export type TestDatabase = { url: string; role: "owner" | "server"; drop: () => Promise<void> };
export type DatabaseTarget = { name: string; create: () => Promise<TestDatabase> };

export function databaseTargets(): DatabaseTarget[] {
  const targets: DatabaseTarget[] = [{ name: "PGlite", create: createEmbeddedTestDatabase }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) targets.push({ name: "PostgreSQL", create: () => createServerTestDatabase(serverUrl) });
  return targets;
}

async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "archive-test-"));
  const embedded = await startEmbeddedDatabase({ dataDir: path.join(folder, "pglite") });
  return {
    url: embedded.url,
    role: "owner",
    drop: async () => {
      await embedded.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

async function createServerTestDatabase(serverUrl: string): Promise<TestDatabase> {
  // TEST_DATABASE_PREFIX lets several people share one server without sharing names.
  const prefix = /^[a-z_][a-z0-9_]*$/.test(process.env.TEST_DATABASE_PREFIX ?? "") ? process.env.TEST_DATABASE_PREFIX : "archive_test_";
  const name = `${prefix}${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    role: "server",
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A node-postgres pool on a test database, of up to `max` connections where the database allows them. */
export function testPool(database: TestDatabase, max: number): pg.Pool {
  return createPool(database.url, connectionsFor(database, max));
}

/** Applies the migrations to a fresh test database and loads the given source documents. */
export async function migrateAndSeed(pool: pg.Pool, sourcePaths: readonly string[]): Promise<SeedSummary> {
  const client = await pool.connect();
  try {
    await migrate(client);
  } finally {
    client.release();
  }
  return seedDocuments({ pool, files: await collectSourceFiles(sourcePaths) });
}

/**
 * Points the app's own client (what route handlers use, as in production) at a test database,
 * or disconnects it (`undefined`). The client is created from DATABASE_URL on first use.
 */
export async function useAppDatabase(database: TestDatabase | undefined): Promise<void> {
  const holder = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
  await holder.prisma?.$disconnect();
  holder.prisma = undefined;
  // The app's pool takes DB_POOL_SIZE: its default on a server, what the embedded database allows there.
  delete process.env.DB_POOL_SIZE;
  if (database) {
    process.env.DATABASE_URL = database.url;
    process.env.DB_POOL_SIZE = String(connectionsFor(database, readEnv().DB_POOL_SIZE));
  } else {
    delete process.env.DATABASE_URL;
  }
}
