/**
 * A search export as a byte stream: the records come from the database a page at a time as the
 * client reads (ReadableStream's pull), so memory stays flat and a client that stops reading
 * stops the queries. Used by the export route; `npm run export` writes the same lines to a file.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordExtras } from "@/lib/records/public-json";
import { csvHeader, csvRecordLine, CSV_BOM } from "./csv";
import { jsonLine } from "./jsonl";
import { readSelectionRecords } from "./records";

export const EXPORT_FORMATS = ["csv", "jsonl"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportOptions = {
  format: ExportFormat;
  selection: Prisma.Sql;
  cap: number;
  today: string;
  /** The archive page of a question on the public origin (the CSV's archive_url column). */
  archiveUrl: (id: string) => string;
};

export function exportStream(query: SqlExecutor, { format, selection, cap, today, archiveUrl }: ExportOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const records = readSelectionRecords(query, selection, { cap });
  let hasStarted = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!hasStarted && format === "csv") {
        hasStarted = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvHeader()));
        return;
      }
      hasStarted = true;
      const next = await records.next();
      if (next.done) {
        controller.close();
        return;
      }
      const { record } = next.value;
      const line = format === "csv" ? csvRecordLine(record, recordExtras(record, today), archiveUrl(record.id)) : jsonLine(record, today);
      controller.enqueue(encoder.encode(line));
    },
    async cancel() {
      await records.return(undefined);
    },
  });
}
