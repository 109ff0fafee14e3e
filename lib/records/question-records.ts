/**
 * Reads questions in the public record shape (lib/source/record.ts) from the `question_record`
 * view (prisma/functions/question_record.sql), the one place where rows become records. The
 * question page, /api/questions, search hits and exports all come through here.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlExecutor } from "@/lib/db/sql";
import type { StatusKind } from "@/lib/status/status";
import type { QuestionRecord } from "@/lib/source/record";

export type StoredQuestion = {
  record: QuestionRecord;
  /** As stored for filters and facets (lib/status/status.ts, computed in SQL by senate_legislatures.sql). */
  status: StatusKind;
  /** The descriptors' ids, in the order of record.descriptors (for links to their lists). */
  descriptorIds: number[];
};

type Row = { id: string; status: StatusKind; record: QuestionRecord; descriptor_ids: number[] };

/** The stored questions with these ids, keyed by id; ids not in the archive are absent. */
export async function readQuestionRecords(query: SqlExecutor, ids: readonly string[]): Promise<Map<string, StoredQuestion>> {
  if (ids.length === 0) return new Map();
  const rows = await query<Row>(Prisma.sql`
    SELECT id, status, record, descriptor_ids FROM question_record WHERE id = ANY(${ids}::text[])`);
  return new Map(rows.map((row) => [row.id, { record: row.record, status: row.status, descriptorIds: row.descriptor_ids }]));
}
