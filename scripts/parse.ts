/**
 * CLI: `npm run --silent parse -- FILE` prints the QuestionRecord of one
 * source document as JSON. A document the parser rejects (or a file that
 * cannot be read) gives its one-line "file:line: reason" on stderr and exit
 * code 1 — no stack trace, since the message already says where to look.
 */
import { Command } from "commander";
import { SourceError } from "@/lib/source/errors";
import { parseFile } from "@/lib/source/read";

async function printRecord(file: string): Promise<void> {
  try {
    const record = await parseFile(file);
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

await new Command()
  .name("parse")
  .description("Parse a Belgian Senate written-question document and print it as JSON")
  .argument("<file>", "source document (.txt)")
  .action(printRecord)
  .parseAsync();
