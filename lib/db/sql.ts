/**
 * How a raw SQL statement reaches the database. Statements are Prisma.sql tagged templates
 * (every value a bound parameter); an executor runs one and returns its rows. The app runs them
 * through its Prisma client, the command-line tools through a node-postgres pool: the same SQL
 * either way, so the benchmark measures what the app runs.
 */
import type pg from "pg";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type SqlExecutor = <Row>(sql: Prisma.Sql) => Promise<Row[]>;

export function prismaExecutor(db: PrismaClient): SqlExecutor {
  return (sql) => db.$queryRaw(sql);
}

export function poolExecutor(pool: pg.Pool): SqlExecutor {
  return async <Row>(sql: Prisma.Sql) => (await pool.query(sql.text, sql.values)).rows as Row[];
}
