/**
 * parseFile: the I/O edge of the parser. Reads bytes (not text, so that
 * parseDocument can reject invalid UTF-8 itself) and turns a read failure
 * into the same SourceError the CLI and seeders already handle.
 */
import { readFile } from "node:fs/promises";
import { SourceError } from "./errors";
import { parseDocument } from "./parse";
import type { QuestionRecord } from "./record";

export async function parseFile(path: string): Promise<QuestionRecord> {
  return parseDocument(await readBytes(path), path);
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SourceError(path, undefined, `cannot read file${code === undefined ? "" : ` (${code})`}`);
  }
}
