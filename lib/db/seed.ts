/**
 * The seed loader: source documents -> parser -> validated record -> database. Each document is
 * written by one call of the SQL function archive_upsert_question (one statement, so one
 * transaction): a document is stored whole or not at all, and a bad one never stops the others.
 * Loading is idempotent: a record whose content hash is already stored is left untouched.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Pool } from "pg";
import { SourceError } from "@/lib/source/errors";
import { parseDocument } from "@/lib/source/parse";
import type { QuestionRecord } from "@/lib/source/record";

export type SeedOutcome = "loaded" | "updated" | "unchanged";
export type SeedFailure = { file: string; reason: string };
export type SeedSummary = Record<SeedOutcome, number> & { failed: SeedFailure[] };

/** Expands files and folders (recursively) into the sorted list of source documents (*.txt). */
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

/** Parses and stores one document; throws SourceError (parse) or a database error. */
export async function seedDocument(pool: Pool, file: string): Promise<SeedOutcome> {
  const record = parseDocument(await readFile(file), file);
  return storeRecord(pool, record, file);
}

export async function storeRecord(pool: Pool, record: QuestionRecord, sourceFile: string): Promise<SeedOutcome> {
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
  /** Documents written at once; the database keeps each in its own transaction. */
  concurrency?: number;
  onProgress?: (done: number, file: string) => void;
};

export async function seedDocuments({ pool, files, concurrency = 4, onProgress }: SeedOptions): Promise<SeedSummary> {
  const summary: SeedSummary = { loaded: 0, updated: 0, unchanged: 0, failed: [] };
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    while (next < files.length) {
      const file = files[next++]!;
      try {
        summary[await seedDocument(pool, file)] += 1;
      } catch (error) {
        summary.failed.push({ file, reason: describeFailure(file, error) });
      }
      onProgress?.(++done, file);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, worker));
  summary.failed.sort((a, b) => a.file.localeCompare(b.file));
  return summary;
}

function describeFailure(file: string, error: unknown): string {
  if (error instanceof SourceError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `${file}: not stored: ${reason}`;
}
