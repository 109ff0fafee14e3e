/**
 * `npx tsx tools/bench/trace.ts --database-url URL "q=..." [...]`: where one search's time goes.
 * Runs each URL query string through runSearch over node-postgres (a warm-up, then a measured
 * run) and prints every statement with its own time, in the order they were sent; with
 * `--explain`, also the plan of each statement (EXPLAIN ANALYZE, BUFFERS), run on its own after.
 */
import { Command } from "commander";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { APP_SESSION_OPTIONS } from "@/lib/db/pool-settings";
import { poolExecutor, setLocalSql, type SqlExecutor, type StatementSettings } from "@/lib/db/sql";
import { parseSearchParams } from "@/lib/search/parse-params";
import { runSearch } from "@/lib/search/run";

const program = new Command()
  .requiredOption("--database-url <url>", "a loaded archive")
  .option("--explain", "print each statement's plan too")
  .argument("<queries...>", "URL query strings, as /api/search takes them")
  .parse();
const options = program.opts<{ databaseUrl: string; explain?: boolean }>();

const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 4, options: APP_SESSION_OPTIONS });
const execute = poolExecutor(pool);
type Step = { ms: number; sql: Prisma.Sql; settings?: StatementSettings };

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

async function explain({ sql, settings }: Step): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    if (settings) {
      const setLocal = setLocalSql(settings);
      await client.query(setLocal.text, setLocal.values);
    }
    const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}

for (const text of program.args) {
  const steps: Step[] = [];
  const traced: SqlExecutor = async <Row>(sql: Prisma.Sql, settings?: StatementSettings) => {
    const start = performance.now();
    const rows = await execute<Row>(sql, settings);
    steps.push({ ms: performance.now() - start, sql, settings });
    return rows;
  };
  const params = parseSearchParams(new URLSearchParams(text));
  await runSearch(execute, params);
  const start = performance.now();
  await runSearch(traced, params);
  console.log(`\n## ${text}: ${(performance.now() - start).toFixed(1)} ms in all`);
  for (const step of steps) console.log(`${step.ms.toFixed(1).padStart(8)} ms  ${oneLine(step.sql.text).slice(0, 120)}`);
  if (options.explain) for (const step of steps) console.log(`\n${oneLine(step.sql.text).slice(0, 120)}\n${await explain(step)}`);
}
await pool.end();
