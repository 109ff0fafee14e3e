/**
 * `npm run bench:parse [-- --dir DIR --count N --rounds R]`: how long the parser takes per
 * document, without the database: reads N source files of a folder into memory (the search
 * benchmark's synthetic corpus by default, or seeds/), then parses them all R times and prints
 * the median time per document and every round's. Compare two versions of the parser by running
 * it in each checkout in the same session: the machines here are shared and noisy.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { parseDocument } from "@/lib/source/parse";
import { percentile } from "./stats";

const options = new Command()
  .name("bench:parse")
  .description("Parser time per document, on source files read into memory first")
  .option("--dir <dir>", "folder of source documents (.txt)", "bench-data/search/corpus-100000-1")
  .option("-n, --count <n>", "documents parsed per round (the folder's first, by name)", positiveInt, 5_000)
  .option("--rounds <n>", "times the whole set is parsed", positiveInt, 7)
  .parse()
  .opts<{ dir: string; count: number; rounds: number }>();

let names: string[];
try {
  names = readdirSync(options.dir).filter((name) => name.endsWith(".txt")).sort().slice(0, options.count);
} catch (error) {
  console.error(`bench:parse: cannot read --dir ${options.dir}: ${(error as Error).message}` +
    "\n(npm run bench:search -- --count 100000 writes the default corpus, or pass --dir seeds)");
  process.exit(2);
}
if (names.length === 0) {
  console.error(`bench:parse: no .txt source documents in --dir ${options.dir}`);
  process.exit(2);
}
const documents = names.map((name) => ({ name, bytes: readFileSync(path.join(options.dir, name)) }));

const msPerDocument: number[] = [];
for (let round = 0; round < options.rounds; round += 1) {
  const startedAt = performance.now();
  for (const { name, bytes } of documents) parseDocument(bytes, name);
  msPerDocument.push((performance.now() - startedAt) / documents.length);
}

console.log(`bench:parse: ${documents.length} documents from ${options.dir}, ${options.rounds} rounds`);
console.log(`median ${percentile(msPerDocument, 50).toFixed(3)} ms per document (${(1000 / percentile(msPerDocument, 50)).toFixed(0)} documents/s on one core)`);
console.log(`rounds: ${msPerDocument.map((ms) => ms.toFixed(3)).join(", ")} ms per document`);
