/**
 * `npx tsx tools/bench/vocabulary-cost.ts --database-url URL --corpus DIR [--count N]`: what the
 * vocabulary (decision 0011) adds to loading, measured apart from everything else: the corpus is
 * parsed first (not timed), then the vocabulary of every batch of 100 records is written to a
 * freshly migrated database exactly as the loader does it (lookup, dictionaries, INSERT), and
 * the Node CPU time, the wall time and the rows written are printed. The database given must be
 * empty (it is migrated here).
 */
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { migrate } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { collectSourceFiles } from "@/lib/db/seed";
import { noWordsSeen, storeVocabulary } from "@/lib/db/vocabulary";
import { loadLexicon } from "@/lib/lexicon/lexicon";
import { parseDocument } from "@/lib/source/parse";

const options = new Command()
  .requiredOption("--database-url <url>", "an empty database")
  .requiredOption("--corpus <dir>", "source documents")
  .option("--count <n>", "documents", positiveInt, 20_000)
  .parse()
  .opts<{ databaseUrl: string; corpus: string; count: number }>();

const files = (await collectSourceFiles([options.corpus])).slice(0, options.count);
const records = [];
for (const file of files) records.push(parseDocument(await readFile(file), file));
const pool = createPool(options.databaseUrl, 2);
const client = await pool.connect();
await migrate(client);
client.release();

const lexiconStart = process.hrtime.bigint();
await loadLexicon();
const lexiconMs = Number(process.hrtime.bigint() - lexiconStart) / 1e6;

const seen = noWordsSeen();
const cpuStart = process.cpuUsage();
const wallStart = process.hrtime.bigint();
for (let start = 0; start < records.length; start += 100) await storeVocabulary(pool, records.slice(start, start + 100), seen);
const wallMs = Number(process.hrtime.bigint() - wallStart) / 1e6;
const cpu = process.cpuUsage(cpuStart);
const { rows } = await pool.query<{ count: number }>("SELECT count(*)::int AS count FROM search_word");
await pool.end();
const perDocument = (ms: number) => (ms / records.length).toFixed(3);
console.log(`documents ${records.length}, vocabulary rows ${rows[0]?.count}`);
console.log(`dictionaries read once: ${lexiconMs.toFixed(0)} ms`);
console.log(`vocabulary writes: wall ${wallMs.toFixed(0)} ms (${perDocument(wallMs)} ms/document), Node CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${perDocument((cpu.user + cpu.system) / 1000)} ms/document)`);
