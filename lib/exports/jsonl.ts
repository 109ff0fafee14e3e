/**
 * JSON Lines: one question per line, in the shape /api/questions/{id} serves (the public record,
 * lib/source/record.ts, plus the fields lib/records/public-json.ts adds). Search exports and
 * `npm run export` write it; `npm run seed` reads it back (lib/db/seed.ts), keeping the record's
 * fields and dropping the added ones, which are recomputed from the record whenever they are served.
 */
import { publicQuestionJson, type RecordExtras } from "@/lib/records/public-json";
import { questionRecordSchema, type QuestionRecord } from "@/lib/source/record";

export function jsonLine(record: QuestionRecord, today: string): string {
  return `${JSON.stringify(publicQuestionJson(record, today))}\n`;
}

/** The fields the API adds to a record (RecordExtras), which a record read back leaves out. */
const ADDED_FIELDS = ["status", "statusDetail", "sessionLabel", "officialUrl"] as const satisfies readonly (keyof RecordExtras)[];

export type ReadLine = { kind: "record"; record: QuestionRecord } | { kind: "blank" } | { kind: "error"; reason: string };

/** One line of a JSON Lines file as a record, validated by the record's schema. */
export function readJsonLine(line: string): ReadLine {
  if (line.trim() === "") return { kind: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: "error", reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { kind: "error", reason: "not a JSON object" };
  const fields: Record<string, unknown> = { ...value };
  for (const added of ADDED_FIELDS) delete fields[added];
  const parsed = questionRecordSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: "error", reason: `not a question record: ${issue ? `${issue.path.join(".") || "(record)"} ${issue.message}` : "invalid"}` };
  }
  return { kind: "record", record: parsed.data };
}
