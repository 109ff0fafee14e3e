/**
 * The whole archive as JSON Lines, for `npm run export`: every question in the Senate's order,
 * in the /api/questions/{id} shape, written to a stream as it is read (keyset pages: memory stays
 * flat however large the archive). `npm run seed` loads such a file back.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { SqlExecutor } from "@/lib/db/sql";
import { exportCountSql, type ExportCountRow } from "./sql/export-count";
import { jsonLine } from "./jsonl";
import { readSelectionRecords, WHOLE_ARCHIVE } from "./records";

export async function countArchive(query: SqlExecutor): Promise<number> {
  const [row] = await query<ExportCountRow>(exportCountSql(WHOLE_ARCHIVE));
  return row?.total ?? 0;
}

/** Writes every record to `out`, waiting whenever it is full; returns how many were written. */
export async function writeArchiveJsonLines(
  query: SqlExecutor,
  out: Writable,
  { today, onProgress }: { today: string; onProgress?: (written: number) => void },
): Promise<number> {
  let written = 0;
  for await (const { record } of readSelectionRecords(query, WHOLE_ARCHIVE)) {
    if (!out.write(jsonLine(record, today))) await once(out, "drain");
    written += 1;
    if (written % 500 === 0) onProgress?.(written);
  }
  onProgress?.(written);
  return written;
}
