/**
 * `npm run seed [-- FILE_OR_FOLDER...]`: loads source documents (default: seeds/), or JSON Lines
 * files of records (what `npm run export` writes, *.jsonl), into
 * DATABASE_URL or the embedded database, after applying pending migrations. Prints a summary and
 * exits 1 when any document failed (the others are loaded all the same).
 */
import { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { positiveInt } from "@/lib/cli/arguments";
import { connectionsFor, openDatabase } from "@/lib/db/connection";
import { prepareDatabase, SEEDS_DIR } from "@/lib/db/prepare";
import { createPool } from "@/lib/db/pool";
import { finishLoad, type AfterLoadReport } from "@/lib/db/after-load";
import { collectSourceFiles, isJsonLinesFile, seedDocuments, type SeedSummary } from "@/lib/db/seed";
import { runCommand } from "./run-command";

// A bar only helps where someone watches a long run; pipes and CI get the summary alone.
const PROGRESS_BAR_THRESHOLD = 50;

const program = new Command()
  .name("seed")
  .description("Load source documents into the archive database")
  .argument("[paths...]", "files or folders of source documents, or .jsonl files of records", [SEEDS_DIR])
  .option("-b, --batch-size <n>", "documents per database call (each still in its own subtransaction)", positiveInt, 100)
  .option("-c, --concurrency <n>", "batches written at once", positiveInt, 2)
  .parse();

const AFTER_LOAD_WORDS: Record<AfterLoadReport["work"], string> = {
  none: "",
  "vacuum-analyze": "vacuumed and analysed",
  "merge-and-analyze": "indexes merged and analysed",
};

const paths = program.args.length > 0 ? program.args : [SEEDS_DIR];
const { batchSize, concurrency } = program.opts<{ batchSize: number; concurrency: number }>();

await runCommand(async () => {
  const files = await collectSourceFiles(paths);
  const database = await openDatabase();
  const pool = createPool(database.url, connectionsFor(database, concurrency + 1));
  try {
    await prepareDatabase(pool, { seedIfEmpty: false });
    // A JSON Lines file's record count is unknown until it is read: no bar to fill then.
    const bar = process.stderr.isTTY && files.length >= PROGRESS_BAR_THRESHOLD && !files.some(isJsonLinesFile)
      ? new SingleBar({ format: "seed [{bar}] {value}/{total} documents | {eta_formatted} left", stream: process.stderr }, Presets.shades_classic)
      : undefined;
    bar?.start(files.length, 0);
    const startedAt = performance.now();
    const summary = await seedDocuments({ pool, files, batchSize, concurrency, onProgress: (done) => bar?.update(done) });
    bar?.stop();
    const documents = summary.loaded + summary.updated + summary.unchanged + summary.failed.length;
    // Before returning: the first searches after a load must not pay for it (lib/db/after-load.ts).
    const afterLoad = await finishLoad(pool, { changedDocuments: summary.loaded + summary.updated });
    printSummary(summary, documents, (performance.now() - startedAt) / 1000, afterLoad);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await pool.end();
    await database.release();
  }
});

function printSummary(summary: SeedSummary, total: number, seconds: number, afterLoad: AfterLoadReport): void {
  for (const failure of summary.failed) process.stderr.write(`failed: ${failure.reason}\n`);
  const tidied = afterLoad.work === "none" ? "" : `; ${AFTER_LOAD_WORDS[afterLoad.work]} in ${afterLoad.seconds.toFixed(1)} s`;
  console.log(
    `${summary.loaded} loaded, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
      `${summary.failed.length} failed (${total} documents in ${seconds.toFixed(1)} s${tidied})`,
  );
}
