/**
 * Whether this node can serve readers: its read database (the replica, or the primary) answers,
 * and holds the schema this build expects (lib/db/schema-status.ts). For /api/ready, which a load
 * balancer or orchestrator asks before sending traffic. A replica that has not replayed a new
 * migration yet reads as behind, which is the truth: the build's queries may not run there.
 */
import "server-only";
import path from "node:path";
import { appReadTargetKind, db as appDb, type Database } from "@/lib/db/prisma";
import { type Migration, readMigrationFiles, readRepeatableFiles } from "@/lib/db/migration-files";
import { type AppliedMigration, compareSchema, type SchemaComparison } from "@/lib/db/schema-status";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

export type Readiness =
  | { kind: "ready"; database: string; schema: SchemaComparison }
  | { kind: "behind"; database: string; schema: SchemaComparison }
  | { kind: "unavailable"; database: string; reason: string };

type BuildSchema = { versioned: Migration[]; repeatable: Migration[] };

// The files the node was started with; they do not change while it runs.
let buildSchema: Promise<BuildSchema> | undefined;

function readBuildSchema(): Promise<BuildSchema> {
  const prismaDir = path.join(process.cwd(), "prisma");
  buildSchema ??= Promise.all([readMigrationFiles(path.join(prismaDir, "migrations")), readRepeatableFiles(path.join(prismaDir, "functions"))]).then(
    ([versioned, repeatable]) => ({ versioned, repeatable }),
  );
  return buildSchema;
}

const UNDEFINED_TABLE = "42P01";

export async function checkReadiness({ db = appDb }: { db?: Database } = {}): Promise<Readiness> {
  const database = appReadTargetKind() ?? "primary";
  const expected = await readBuildSchema();
  let applied: { versioned: AppliedMigration[]; repeatable: AppliedMigration[] };
  try {
    const [versioned, repeatable] = await Promise.all([
      db.$queryRaw<AppliedMigration[]>`
        SELECT migration_name AS name, checksum FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      db.$queryRaw<AppliedMigration[]>`SELECT name, checksum FROM "_repeatable_migrations"`,
    ]);
    applied = { versioned, repeatable };
  } catch (error) {
    if (hasCode(error, UNDEFINED_TABLE)) applied = { versioned: [], repeatable: [] };
    else if (isDatabaseUnavailable(error)) return { kind: "unavailable", database, reason: lastLine(error) };
    else throw error;
  }
  const schema = compareSchema(expected, applied);
  return { kind: schema.isCurrent ? "ready" : "behind", database, schema };
}

function hasCode(error: unknown, code: string, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const candidate = error as { code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown; code?: unknown } };
  if (candidate.code === code || candidate.meta?.code === code) return true;
  return hasCode(candidate.cause, code, depth + 1) || hasCode(candidate.meta?.driverAdapterError, code, depth + 1);
}

function lastLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1) ?? "";
}
