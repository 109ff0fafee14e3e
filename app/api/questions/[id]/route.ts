/**
 * GET /api/questions/5-8902: the question as JSON: every field of the public record shape that
 * `npm run parse` prints, unchanged, plus `status`, `statusDetail`, `sessionLabel` and
 * `officialUrl` (lib/records/public-json.ts). An unknown or malformed id is a 404 with a JSON
 * error, never a 500.
 */
import { NextResponse } from "next/server";
import { getQuestion } from "@/lib/data/questions";
import { todayInBrussels } from "@/lib/reader/days";
import { recordExtras } from "@/lib/records/public-json";
import { isQuestionId } from "@/lib/source/question-id";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isQuestionId(id)) {
    return NextResponse.json({ error: "Not found: a question id looks like 5-8902 (legislature-number)." }, { status: 404 });
  }
  const record = await getQuestion({ id });
  if (!record) return NextResponse.json({ error: `Not found: question ${id} is not in the archive.` }, { status: 404 });
  return NextResponse.json({ ...record, ...recordExtras(record, todayInBrussels()) });
}
