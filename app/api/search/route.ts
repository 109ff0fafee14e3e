/**
 * GET /api/search: the search page's results as JSON, from the same parameters (q, minister,
 * author, party, legislature, from, to, status, sort, page, size). Like the page, a bad value
 * falls back to its default and is listed in "notices" (200, never 400), so a link behaves the
 * same in both. Each result is the public record (lib/source/record.ts) plus rank, status and
 * snippets (text segments, matched words flagged). A query that is a question number returns
 * that question alone, with "redirectTo" set. "names" lists the words read as an author's or a
 * portfolio's name; "suggestions", corrected queries when the query found (almost) nothing.
 */
import { searchQuestions, type SearchHit, type SearchOutcome } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/parse-params";

export async function GET(request: Request): Promise<Response> {
  let searchParams: URLSearchParams;
  try {
    searchParams = new URL(request.url).searchParams;
  } catch {
    searchParams = new URLSearchParams();
  }
  const { params, notices } = parseSearchParams(searchParams);
  try {
    const outcome = await searchQuestions({ params, notices });
    return Response.json(toJson(outcome), { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    // Logged for the operator; the client learns only that it failed (no SQL, no stack).
    console.error("search failed", error);
    return Response.json({ error: "search failed" }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
}

function toJson(outcome: SearchOutcome) {
  const common = { params: outcome.params, notices: outcome.notices, page: outcome.params.page };
  if (outcome.kind === "redirect") {
    return {
      ...common, redirectTo: outcome.id, total: 1, pageCount: 1, results: [hitJson(outcome.hit)],
      facets: { minister: [], party: [], year: [], status: [] }, hasNoSearchableWords: false, loosen: [],
      names: [], suggestions: [],
    };
  }
  return {
    ...common,
    redirectTo: null,
    total: outcome.total,
    pageCount: outcome.pageCount,
    results: outcome.hits.map(hitJson),
    facets: outcome.facets,
    hasNoSearchableWords: outcome.hasNoSearchableWords,
    loosen: outcome.loosen,
    names: outcome.names,
    suggestions: outcome.suggestions,
  };
}

function hitJson(hit: SearchHit) {
  return { ...hit.record, rank: hit.rank, status: hit.status, snippets: hit.snippets };
}
