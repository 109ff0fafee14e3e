/**
 * GET /api/questions/5-8902: the question as JSON, in exactly the public record shape that
 * `npm run parse` prints. An unknown or malformed id is a 404 with a JSON error, never a 500.
 */
import { NextResponse } from "next/server";
import { getQuestion } from "@/lib/data/questions";
import { isQuestionId } from "@/lib/source/question-id";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isQuestionId(id)) {
    return NextResponse.json({ error: "Not found: a question id looks like 5-8902 (legislature-number)." }, { status: 404 });
  }
  const record = await getQuestion({ id });
  if (!record) return NextResponse.json({ error: `Not found: question ${id} is not in the archive.` }, { status: 404 });
  return NextResponse.json(record);
}
