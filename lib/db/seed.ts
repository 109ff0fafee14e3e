/**
 * The seed loader: source documents -> parser -> validated record -> database. Documents go to
 * the database in batches, one SQL call per batch (archive_upsert_questions), and each document
 * runs in its own subtransaction there: a document is stored whole or not at all, and a bad one
 * (unparseable, or rejected by the database) is reported and never stops the others. Parsing the
 * next batch overlaps with the database writing the previous ones. Loading is idempotent: a
 * record whose content hash is already stored is left untouched. Decisions 0002 and 0005.
 *
 * A `.jsonl` file (what `npm run export` and the search's JSON Lines export write) is read as
 * records, one a line, streamed: each line is validated by the record's schema
 * (lib/source/record.ts) and a bad one is reported as file:line, like a bad source document.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Pool } from "pg";
import { SourceError } from "@/lib/source/errors";
import { readJsonLine } from "@/lib/exports/jsonl";
import { noWordsSeen, storeVocabulary, type VocabularySeen } from "./vocabulary";
import { parseDocument } from "@/lib/source/parse";
import type { QuestionRecord } from "@/lib/source/record";

export type SeedOutcome = "loaded" | "updated" | "unchanged";
export type SeedFailure = { file: string; reason: string };
export type SeedSummary = Record<SeedOutcome, number> & { failed: SeedFailure[] };

/** A file of records, one JSON object a line, rather than a source document. */
export function isJsonLinesFile(file: string): boolean {
  return file.endsWith(".jsonl");
}

/** Expands files and folders (recursively) into the sorted list of source documents (*.txt); files named are kept whatever they end with (a .jsonl is read as records). */
export async function collectSourceFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of paths) {
    const info = await stat(entry).catch(() => {
      throw new SourceError(entry, undefined, "no such file or folder");
    });
    if (info.isDirectory()) {
      const children = await readdir(entry, { recursive: true, withFileTypes: true });
      for (const child of children) {
        if (child.isFile() && child.name.endsWith(".txt")) files.push(path.join(child.parentPath, child.name));
      }
    } else {
      files.push(entry);
    }
  }
  return [...new Set(files)].sort();
}

export function contentHash(record: QuestionRecord): string {
  return createHash("sha256").update(JSON.stringify(record)).digest("hex");
}

/** Writes one record on its own (one statement, so one transaction). */
export async function storeRecord(pool: Pool, record: QuestionRecord, sourceFile: string): Promise<SeedOutcome> {
  await storeVocabulary(pool, [record], noWordsSeen());
  const { rows } = await pool.query<{ outcome: SeedOutcome }>(
    "SELECT archive_upsert_question($1::jsonb, $2, $3) AS outcome",
    [JSON.stringify(record), contentHash(record), sourceFile],
  );
  const outcome = rows[0]?.outcome;
  if (!outcome) throw new Error(`${sourceFile}: the database returned no outcome`);
  return outcome;
}

export type SeedOptions = {
  pool: Pool;
  files: readonly string[];
  /** Documents per SQL call (one commit each). */
  batchSize?: number;
  /** Batches in flight at once; each uses one connection. */
  concurrency?: number;
  onProgress?: (done: number) => void;
};

type ParsedDocument = { file: string; record: QuestionRecord; hash: string };
type BatchRow = { ordinal: number; outcome: SeedOutcome | "retry" | null; error: string | null };

/** Deadlocks between concurrent batches are rare and transient: a document is re-sent this often. */
const MAX_ATTEMPTS = 5;

export async function seedDocuments({
  pool,
  files,
  batchSize = 100,
  concurrency = 2,
  onProgress,
}: SeedOptions): Promise<SeedSummary> {
  const summary: SeedSummary = { loaded: 0, updated: 0, unchanged: 0, failed: [] };
  const inFlight = new Set<Promise<void>>();
  const seen: VocabularySeen = noWordsSeen();
  let done = 0;
  const schedule = async (batch: ParsedDocument[]) => {
    const write = writeBatch(pool, batch, summary, seen).then(() => {
      done += batch.length;
      onProgress?.(done);
    });
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };
  const documents = files.filter((file) => !isJsonLinesFile(file));
  for (let start = 0; start < documents.length; start += batchSize) {
    const slice = documents.slice(start, start + batchSize);
    const batch = await parseBatch(slice, summary);
    done += slice.length - batch.length;
    await schedule(batch);
  }
  for (const file of files.filter(isJsonLinesFile)) {
    for await (const batch of readJsonLinesBatches(file, batchSize, summary)) await schedule(batch);
  }
  await Promise.all(inFlight);
  summary.failed.sort((a, b) => a.file.localeCompare(b.file));
  return summary;
}

async function parseBatch(files: readonly string[], summary: SeedSummary): Promise<ParsedDocument[]> {
  const parsed: ParsedDocument[] = [];
  for (const file of files) {
    try {
      const record = parseDocument(await readFile(file), file);
      parsed.push({ file, record, hash: contentHash(record) });
    } catch (error) {
      summary.failed.push({ file, reason: error instanceof SourceError ? error.message : `${file}: ${String(error)}` });
    }
  }
  return parsed;
}

/** The records of a JSON Lines file, a batch at a time (the file is streamed, never read whole). */
async function* readJsonLinesBatches(file: string, batchSize: number, summary: SeedSummary): AsyncGenerator<ParsedDocument[]> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let batch: ParsedDocument[] = [];
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      const read = readJsonLine(lineNumber === 1 ? line.replace(/^\uFEFF/, "") : line);
      if (read.kind === "blank") continue;
      if (read.kind === "error") {
        summary.failed.push({ file: `${file}:${lineNumber}`, reason: new SourceError(file, lineNumber, read.reason).message });
        continue;
      }
      batch.push({ file: `${file}:${lineNumber}`, record: read.record, hash: contentHash(read.record) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    const reason = error instanceof Error && "code" in error && error.code === "ENOENT" ? "no such file or folder" : String(error);
    summary.failed.push({ file, reason: new SourceError(file, undefined, reason).message });
  }
  if (batch.length > 0) yield batch;
}

async function writeBatch(pool: Pool, batch: readonly ParsedDocument[], summary: SeedSummary, seen: VocabularySeen, attempt = 1): Promise<void> {
  if (batch.length === 0) return;
  let rows: BatchRow[];
  try {
    // The batch's new words first: a word without its document is harmless (a form that finds
    // nothing), a document without its words would be missed by the searches for its inflections.
    await storeVocabulary(pool, batch.map((document) => document.record), seen);
    ({ rows } = await pool.query<BatchRow>(
      "SELECT ordinal, outcome, error FROM archive_upsert_questions($1::jsonb, $2::text[], $3::text[])",
      [JSON.stringify(batch.map((document) => document.record)), batch.map((d) => d.hash), batch.map((d) => d.file)],
    ));
  } catch (error) {
    // The whole call failed (connection lost, ...): nothing of this batch was committed.
    const reason = error instanceof Error ? error.message : String(error);
    for (const document of batch) summary.failed.push({ file: document.file, reason: `${document.file}: not stored: ${reason}` });
    return;
  }
  const retries: ParsedDocument[] = [];
  for (const row of rows) {
    const document = batch[row.ordinal];
    if (!document) continue;
    if (row.outcome === "retry" && attempt < MAX_ATTEMPTS) retries.push(document);
    else if (row.outcome && row.outcome !== "retry") summary[row.outcome] += 1;
    else summary.failed.push({ file: document.file, reason: `${document.file}: not stored: ${row.error ?? "unknown error"}` });
  }
  await writeBatch(pool, retries, summary, seen, attempt + 1);
}
