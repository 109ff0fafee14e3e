/**
 * `npx tsx tools/bench/status.ts [--count 20000]`: what the status model and the session facet
 * (issue 9, decision 0009) cost, on a synthetic archive loaded into a fresh PostgreSQL database.
 *
 *  1. loads the corpus with the app's loader (every document's status is computed by
 *     archive_question_status in the INSERT) and reports documents per second;
 *  2. times, over every row, the status as the loader computes it now (a lookup in
 *     senate_legislature) against the generated-column expression it replaced;
 *  3. times the facet statement (lib/search/sql/facets.ts) with and without its session facet,
 *     for a query without words, a common word and a rare word;
 *  4. times re-applying prisma/functions/senate_legislatures.sql when a legislature's
 *     dissolution is added (every unanswered question of it rewritten as lapsed) and when nothing
 *     changed (no row written), and the common-word facets right after that rewrite and after a
 *     VACUUM.
 * Medians of --rounds runs, in one process, so ratios compare like with like.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import pg from "pg";
import { positiveInt } from "@/lib/cli/arguments";
import { Prisma } from "@/lib/generated/prisma/client";
import { migrate, readRepeatables } from "@/lib/db/migrate";
import { poolExecutor } from "@/lib/db/sql";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { parseSearchParams } from "@/lib/search/parse-params";
import { readQueryIntent } from "@/lib/search/query";
import { understandQuery } from "@/lib/search/run";
import { facetCountsSql } from "@/lib/search/sql/facets";
import { searchFilters } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { generateCorpus, queryTerms } from "@/tools/corpus";
import { markdownTable, percentile } from "./stats";

const options = new Command()
  .name("bench:status")
  .option("-n, --count <n>", "documents in the corpus", positiveInt, 20_000)
  .option("--server <url>", "PostgreSQL server", "postgresql://postgres@127.0.0.1:5432/postgres")
  .option("--database <name>", "database created (and dropped) for the run", "archive_bench_status")
  .option("--data-dir <dir>", "where the corpus is written", "bench-data/status")
  .option("--rounds <n>", "runs of each timed statement", positiveInt, 15)
  .parse()
  .opts<{ count: number; server: string; database: string; dataDir: string; rounds: number }>();

if (!/^[a-z_][a-z0-9_]*$/.test(options.database)) throw new InvalidArgumentError(`--database: not a plain name: ${options.database}`);

function urlOf(database: string): string {
  const url = new URL(options.server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function median(work: () => Promise<unknown>): Promise<number> {
  await work(); // warm-up
  const times: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) times.push(await timed(work));
  return percentile(times, 50);
}

/** Medians of two statements run alternately, so that caches and neighbours' load favour neither. */
async function medians(first: () => Promise<unknown>, second: () => Promise<unknown>): Promise<[number, number]> {
  await first();
  await second();
  const times: [number[], number[]] = [[], []];
  for (let round = 0; round < options.rounds; round += 1) {
    const order = round % 2 === 0 ? [0, 1] as const : [1, 0] as const;
    for (const index of order) times[index].push(await timed(index === 0 ? first : second));
  }
  return [percentile(times[0], 50), percentile(times[1], 50)];
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

async function main(): Promise<void> {
  const corpusDir = path.resolve(options.dataDir, `corpus-${options.count}`);
  mkdirSync(corpusDir, { recursive: true });
  if (readdirSync(corpusDir).length < options.count) {
    for (const document of generateCorpus({ count: options.count, seed: "1" })) writeFileSync(path.join(corpusDir, document.fileName), document.text);
  }

  const admin = new pg.Client({ connectionString: options.server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${options.database}`);
  const pool = new pg.Pool({ connectionString: urlOf(options.database), max: 4 });
  try {
    const client = await pool.connect();
    await migrate(client);
    client.release();

    // 1. Loading, status included.
    const files = (await collectSourceFiles([corpusDir])).slice(0, options.count);
    const loadMs = await timed(() => seedDocuments({ pool, files }));
    // The synthetic corpus is legislature 91 (unknown, so running); make it the current
    // legislature 8 so that adding a dissolution below has questions to turn into lapsed ones.
    await pool.query("UPDATE question SET legislature = 8");
    const { rows: [counts] } = await pool.query<{ total: number; unanswered: number }>(
      "SELECT count(*)::int AS total, count(*) FILTER (WHERE answer_received_on IS NULL)::int AS unanswered FROM question");

    // 2. The status expression over every row: now, and as the generated column was.
    const [statusNow, statusBefore] = await medians(
      () => pool.query("SELECT count(archive_question_status(legislature, answer_received_on, reminder_count)) FROM question"),
      () => pool.query(`SELECT count(CASE WHEN answer_received_on IS NOT NULL THEN 'answered'
        WHEN reminder_count > 0 THEN 'reminded' ELSE 'awaiting' END) FROM question`),
    );

    // 3. Facets, with and without the session facet.
    const queries = { "no words": "", "common word": queryTerms("fr", "common", 1)[0] ?? "", "rare word": queryTerms("fr", "rare", 1)[0] ?? "" };
    const facetRows: string[][] = [];
    let commonWordFacets: (() => Promise<unknown>) | undefined;
    for (const [label, q] of Object.entries(queries)) {
      const { params } = parseSearchParams({ q });
      const plan = readQueryIntent(q).kind === "none" ? null : (await understandQuery(poolExecutor(pool), q)).plan;
      const withSession = facetCountsSql(searchFilters(params, plan, await resolveNamedFilters(poolExecutor(pool), params)), plan ? plan.groups.length + plan.excluded.length : null);
      const withoutSession = new Prisma.Sql(
        withSession.strings.map((chunk) => chunk.replace(/UNION ALL\s+SELECT 'session'[\s\S]*?GROUP BY session/, "")),
        withSession.values,
      );
      if (withoutSession.text === withSession.text) throw new Error("could not take the session facet out of the statement");
      const run = (statement: Prisma.Sql) => () => pool.query(statement.text, statement.values);
      const [before, after] = await medians(run(withoutSession), run(withSession));
      if (label === "common word") commonWordFacets = run(withSession);
      facetRows.push([label, q || "-", ms(before), ms(after), (after / before).toFixed(2)]);
    }

    // 4. Re-applying the legislature file: a dissolution added (rows rewritten), then unchanged data.
    const file = (await readRepeatables()).find((repeatable) => repeatable.name === "senate_legislatures.sql");
    if (!file) throw new Error("prisma/functions/senate_legislatures.sql not found");
    const dissolved = file.sql.replace("(8, DATE '2024-07-18', FALSE, NULL)", "(8, DATE '2024-07-18', TRUE, DATE '2025-06-01')");
    const reapplyChanged = await timed(() => pool.query(dissolved));
    const reapplySame = await median(() => pool.query(dissolved));
    await pool.query(file.sql); // back to the real data
    // The rewritten rows re-entered every index, the GIN indexes' pending lists among them: the
    // common-word facet statement again, then after the VACUUM that autovacuum would run.
    const common = commonWordFacets;
    if (!common) throw new Error("no common-word statement");
    const afterRewrite = await median(common);
    await pool.query("VACUUM ANALYZE question");
    const afterVacuum = await median(common);

    const documents = counts?.total ?? 0;
    console.log(`\n${documents} documents (${counts?.unanswered ?? 0} unanswered), PostgreSQL ${(await pool.query("SHOW server_version")).rows[0].server_version}, medians of ${options.rounds} runs\n`);
    console.log(markdownTable(["step", "time", "per document"], [
      ["load (parse, validate, write; status computed in the INSERT)", `${(loadMs / 1000).toFixed(1)} s`, `${ms(loadMs / documents)} ms (${Math.round(documents / (loadMs / 1000))} documents/s)`],
      ["status of every row, archive_question_status (now)", `${ms(statusNow)} ms`, `${((statusNow / documents) * 1000).toFixed(2)} µs`],
      ["status of every row, the former generated expression", `${ms(statusBefore)} ms`, `${((statusBefore / documents) * 1000).toFixed(2)} µs`],
      ["re-apply senate_legislatures.sql, legislature 8 dissolved (all unanswered rows rewritten)", `${ms(reapplyChanged)} ms`, `${ms(reapplyChanged / documents)} ms`],
      ["re-apply senate_legislatures.sql, nothing changed", `${ms(reapplySame)} ms`, `${((reapplySame / documents) * 1000).toFixed(2)} µs`],
      ["facets of a common word, before the rewrite (with session facet)", `${ms(Number(facetRows[1]?.[3]))} ms`, ""],
      ["facets of a common word, right after the rewrite", `${ms(afterRewrite)} ms`, ""],
      ["facets of a common word, after VACUUM ANALYZE question", `${ms(afterVacuum)} ms`, ""],
    ]));
    console.log(`\n${markdownTable(["facet statement", "query", "without session facet (ms)", "with (ms)", "ratio"], facetRows)}`);
  } finally {
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${options.database} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
