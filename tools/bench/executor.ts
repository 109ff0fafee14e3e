/**
 * `node --conditions=react-server --import tsx tools/bench/executor.ts --database-url URL`: what
 * Prisma's `$queryRaw` adds to a raw statement, against the node-postgres pool under the same
 * client (lib/db/sql.ts). Times a small statement and the twenty records of a page of hits
 * (readQuestionRecords) both ways, alternately, 200 runs each after 20 of warm-up.
 */
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { createPrismaClient } from "@/lib/db/prisma";
import { poolSettingsFrom } from "@/lib/db/pool-settings";
import { clientPoolExecutor, prismaExecutor, type SqlExecutor } from "@/lib/db/sql";
import { readEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { readQuestionRecords } from "@/lib/records/question-records";
import { formatMs, markdownTable, summarize } from "./stats";

const options = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--runs <n>", "measured runs of each statement each way", positiveInt, 200)
  .parse()
  .opts<{ databaseUrl: string; runs: number }>();

const db = createPrismaClient(options.databaseUrl, poolSettingsFrom(readEnv()));
const executors: Record<string, SqlExecutor> = { "Prisma $queryRaw": prismaExecutor(db), "node-postgres pool": clientPoolExecutor(db) };
const ids = (await clientPoolExecutor(db)<{ id: string }>(Prisma.sql`SELECT id FROM question ORDER BY asked_on DESC LIMIT 20`)).map((row) => row.id);
const work: Record<string, (query: SqlExecutor) => Promise<unknown>> = {
  "small statement (20 ids and dates)": (query) => query(Prisma.sql`SELECT id, asked_on FROM question WHERE id = ANY(${ids}::text[])`),
  "20 records (question_record)": (query) => readQuestionRecords(query, ids),
};

const rows: string[][] = [];
for (const [label, run] of Object.entries(work)) {
  const timings: Record<string, number[]> = Object.fromEntries(Object.keys(executors).map((name) => [name, []]));
  for (const query of Object.values(executors)) for (let i = 0; i < 20; i++) await run(query);
  for (let i = 0; i < options.runs; i++) {
    for (const [name, query] of Object.entries(executors)) {
      const start = performance.now();
      await run(query);
      timings[name]?.push(performance.now() - start);
    }
  }
  for (const [name, ms] of Object.entries(timings)) {
    const summary = summarize(ms);
    rows.push([label, name, `${formatMs(summary.p50)} / ${formatMs(summary.p95)}`]);
  }
}
console.log(markdownTable(["statement", "through", "p50 / p95 ms"], rows));
await db.$disconnect();
