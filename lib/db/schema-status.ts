/**
 * Whether a database holds the schema this build was made for: every versioned migration the
 * build ships applied with the same checksum, and every SQL function or view file applied in the
 * version the build ships (the runner's `_prisma_migrations` and `_repeatable_migrations`,
 * lib/db/migrate.ts). Migrations the build does not know (a newer build migrated the database
 * first, during a rolling upgrade) do not make it "behind": migrations add, and the old build's
 * queries still run; they are listed all the same.
 */
import type { Migration } from "./migration-files";

export type AppliedMigration = { name: string; checksum: string };

export type SchemaComparison = {
  isCurrent: boolean;
  /** Known to the build, not applied. */
  pending: string[];
  /** Applied in another version than the build's (an edited migration, another build's functions). */
  changed: string[];
  /** Applied versioned migrations the build does not ship. */
  unknown: string[];
};

export function compareSchema(
  expected: { versioned: readonly Pick<Migration, "name" | "checksum">[]; repeatable: readonly Pick<Migration, "name" | "checksum">[] },
  applied: { versioned: readonly AppliedMigration[]; repeatable: readonly AppliedMigration[] },
): SchemaComparison {
  const pending: string[] = [];
  const changed: string[] = [];
  for (const [kind, files, rows] of [
    ["migrations", expected.versioned, applied.versioned],
    ["functions", expected.repeatable, applied.repeatable],
  ] as const) {
    const appliedChecksums = new Map(rows.map((row) => [row.name, row.checksum]));
    for (const file of files) {
      const checksum = appliedChecksums.get(file.name);
      if (checksum === undefined) pending.push(`${kind}/${file.name}`);
      else if (checksum !== file.checksum) changed.push(`${kind}/${file.name}`);
    }
  }
  const known = new Set(expected.versioned.map((file) => file.name));
  const unknown = applied.versioned.filter((row) => !known.has(row.name)).map((row) => `migrations/${row.name}`);
  return { isCurrent: pending.length === 0 && changed.length === 0, pending, changed, unknown };
}
