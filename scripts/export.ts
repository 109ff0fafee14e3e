/**
 * `npm run export [-- --out FILE]`: writes the whole archive (DATABASE_URL or the embedded
 * database) as JSON Lines, one question a line in the /api/questions/{id} shape, to FILE or to
 * standard output; progress goes to stderr. `npm run seed -- FILE` loads it back.
 */
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { connectionsFor, openDatabase } from "@/lib/db/connection";
import { createPool } from "@/lib/db/pool";
import { poolExecutor } from "@/lib/db/sql";
import { countArchive, writeArchiveJsonLines } from "@/lib/exports/archive";
import { todayInBrussels } from "@/lib/reader/days";
import { runCommand } from "./run-command";

const program = new Command()
  .name("export")
  .description("Write the whole archive as JSON Lines (one question record a line)")
  .option("-o, --out <file>", "file to write (default: standard output)")
  .parse();

const { out } = program.opts<{ out?: string }>();

await runCommand(async () => {
  const database = await openDatabase();
  const pool = createPool(database.url, connectionsFor(database, 2));
  const output = out ? createWriteStream(out, { encoding: "utf8" }) : process.stdout;
  try {
    const query = poolExecutor(pool);
    const total = await countArchive(query);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: "export [{bar}] {value}/{total} questions | {eta_formatted} left", stream: process.stderr }, Presets.shades_classic)
      : undefined;
    bar?.start(total, 0);
    const startedAt = performance.now();
    const written = await writeArchiveJsonLines(query, output, { today: todayInBrussels(), onProgress: (count) => bar?.update(count) });
    bar?.stop();
    if (out) {
      output.end();
      await finished(output);
    }
    process.stderr.write(`${written} ${written === 1 ? "question" : "questions"} exported${out ? ` to ${out}` : ""} in ${((performance.now() - startedAt) / 1000).toFixed(1)} s\n`);
  } finally {
    await pool.end();
    await database.release();
  }
});
