/**
 * GET /api/questions/5-8902: the question as JSON: every field of the public record shape that
 * `npm run parse` prints, unchanged, plus `status`, `statusDetail`, `sessionLabel` and
 * `officialUrl` (lib/records/public-json.ts); `fields=id,subject,status` keeps only those top-level
 * fields (lib/records/fields.ts), an unknown field is a 400 naming it. An unknown or malformed id is a 404 with a JSON
 * error, never a 500; a database too slow or out of reach is a 503 with Retry-After.
 */
import { NextResponse } from "next/server";
import { getQuestion } from "@/lib/data/questions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { logFailure } from "@/lib/observability/logger";
import { todayInBrussels } from "@/lib/reader/days";
import { QUESTION_FIELDS, readFieldSelection, selectFields } from "@/lib/records/fields";
import { publicQuestionJson } from "@/lib/records/public-json";
import { isQuestionId } from "@/lib/source/question-id";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isQuestionId(id)) {
    return NextResponse.json({ error: "Not found: a question id looks like 5-8902 (legislature-number)." }, { status: 404 });
  }
  const fields = readFieldSelection(new URL(request.url).searchParams.get("fields"), QUESTION_FIELDS);
  if (fields.kind === "invalid") {
    return NextResponse.json({ error: fields.message, param: "fields" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  try {
    const record = await getQuestion({ id });
    if (!record) return NextResponse.json({ error: `Not found: question ${id} is not in the archive.` }, { status: 404 });
    return NextResponse.json(selectFields(publicQuestionJson(record, todayInBrussels()), fields));
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable("The archive's database did not answer in time. Try again in a moment.");
    logFailure(`question ${id} failed`, error, { request });
    return NextResponse.json({ error: "The question could not be read." }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}
