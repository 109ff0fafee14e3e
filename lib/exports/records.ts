/**
 * Reads a selection of questions as public records, a page at a time (keyset pages of
 * EXPORT_PAGE_SIZE through lib/records/question-records.ts): memory holds one page whatever the
 * selection's size. Exports of searches, the whole-archive `npm run export` and the feeds'
 * neighbours all read through here.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { readQuestionRecords, type StoredQuestion } from "@/lib/records/question-records";
import { exportPageSql, type ExportPageRow, type ExportPosition } from "./sql/export-page";

/** Questions per round trip: big enough to amortise it, small enough to keep memory flat (about 1 MB of records). */
export const EXPORT_PAGE_SIZE = 200;

/** What a search export serves at most; the README and the response headers say so. */
export const EXPORT_CAP = 10_000;

export const WHOLE_ARCHIVE = Prisma.sql`TRUE`;

/** The selection's records in the Senate's order (legislature, number), `cap` of them at most. */
export async function* readSelectionRecords(
  query: SqlExecutor,
  selection: Prisma.Sql,
  { cap = Number.POSITIVE_INFINITY, pageSize = EXPORT_PAGE_SIZE }: { cap?: number; pageSize?: number } = {},
): AsyncGenerator<StoredQuestion> {
  let after: ExportPosition | null = null;
  let served = 0;
  while (served < cap) {
    const rows: ExportPageRow[] = await query<ExportPageRow>(exportPageSql(selection, after, Math.min(pageSize, cap - served)));
    if (rows.length === 0) return;
    const stored = await readQuestionRecords(query, rows.map((row) => row.id));
    for (const row of rows) {
      const question = stored.get(row.id);
      // Deleted between the two statements: nothing to serve.
      if (question) yield question;
    }
    served += rows.length;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { legislature: last.legislature, number: last.number };
  }
}
