/**
 * GET /api/search: the search page's results as JSON, from the same parameters (q, minister,
 * author, party, legislature, session, from, to, status, sort, page, size). Like the page, a bad value
 * falls back to its default and is listed in "notices" (200, never 400), so a link behaves the
 * same in both. Each result is the public record (lib/source/record.ts) plus the status fields
 * of /api/questions (lib/records/public-json.ts), rank and snippets (text segments, matched
 * words flagged). `fields=id,subject,snippets` keeps only those top-level fields of each result
 * (lib/records/fields.ts; without "snippets" none are computed), an unknown field is a 400. A query that is a question number returns
 * that question alone, with "redirectTo" set. "names" lists the words read as an author's or a
 * portfolio's name; "suggestions", corrected queries when the query found (almost) nothing. A
 * database too slow or out of reach is a 503 with Retry-After, never a request left hanging.
 */
import { searchQuestions, type SearchHit, type SearchOutcome } from "@/lib/data/search";
import { todayInBrussels } from "@/lib/reader/days";
import { readFieldSelection, isSelected, SEARCH_RESULT_FIELDS, selectFields, type FieldSelection } from "@/lib/records/fields";
import { publicQuestionJson } from "@/lib/records/public-json";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { logFailure } from "@/lib/observability/logger";
import { parseSearchParams } from "@/lib/search/parse-params";

export async function GET(request: Request): Promise<Response> {
  let searchParams: URLSearchParams;
  try {
    searchParams = new URL(request.url).searchParams;
  } catch {
    searchParams = new URLSearchParams();
  }
  const { params, notices } = parseSearchParams(searchParams);
  const fields = readFieldSelection(searchParams.get("fields"), SEARCH_RESULT_FIELDS);
  if (fields.kind === "invalid") {
    return Response.json({ error: fields.message, param: "fields" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  try {
    const outcome = await searchQuestions({ params, notices, withSnippets: isSelected(fields, "snippets") });
    if (outcome.kind === "unavailable") {
      return serviceUnavailable(
        "The search did not finish in time: the archive is busy or its database is not answering. Try again in a moment, or narrow the search.",
        { params: outcome.params, notices: outcome.notices },
      );
    }
    return Response.json(toJson(outcome, fields), { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    // Logged for the operator; the client learns only that it failed (no SQL, no stack).
    logFailure("search failed", error, { request });
    return Response.json({ error: "search failed" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}

function toJson(outcome: Exclude<SearchOutcome, { kind: "unavailable" }>, fields: FieldSelection) {
  const today = todayInBrussels();
  const common = { params: outcome.params, notices: outcome.notices, page: outcome.params.page };
  if (outcome.kind === "redirect") {
    return {
      ...common, redirectTo: outcome.id, total: 1, pageCount: 1, results: [hitJson(outcome.hit, today, fields)],
      facets: { minister: [], party: [], year: [], status: [], session: [] }, hasNoSearchableWords: false, loosen: [],
      names: [], suggestions: [],
    };
  }
  return {
    ...common,
    redirectTo: null,
    total: outcome.total,
    pageCount: outcome.pageCount,
    results: outcome.hits.map((hit) => hitJson(hit, today, fields)),
    facets: outcome.facets,
    hasNoSearchableWords: outcome.hasNoSearchableWords,
    loosen: outcome.loosen,
    names: outcome.names,
    suggestions: outcome.suggestions,
  };
}

function hitJson(hit: SearchHit, today: string, fields: FieldSelection) {
  return selectFields({ ...publicQuestionJson(hit.record, today), rank: hit.rank, snippets: hit.snippets }, fields);
}
