/**
 * runSearch: the archive's search, for the search page and /api/search alike (through
 * searchQuestions in lib/data/search.ts) and for the benchmark's direct-SQL runs. Takes the
 * parsed URL parameters and returns one of two outcomes: a redirect, when the query is the
 * number of a question in the archive, or the results: the page of hits (public records with
 * rank, status and highlighted snippets), the total, the facet counts, and what to tell the
 * reader (parameters that fell back to their default, what to loosen when nothing matched).
 * Two rounds of statements run side by side: the page's ids with the counts, then the page's
 * records with its French and Dutch snippets. The statements go through an executor
 * (lib/db/sql.ts), so the app and the benchmark run exactly the same SQL.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlExecutor } from "@/lib/db/sql";
import { readQuestionRecords } from "@/lib/records/question-records";
import type { ParamNotice, SearchParams, SearchStatus } from "@/lib/search/parse-params";
import { readQueryIntent } from "@/lib/search/query";
import { facetCountsSql, type FacetCountRow, type FacetCounts, type FacetName } from "@/lib/search/sql/facets";
import { searchFilters } from "@/lib/search/sql/filters";
import { headlinesSql, MATCH_END, MATCH_START, resultPageSql, type HeadlineRow, type ResultPageRow } from "@/lib/search/sql/result-page";
import type { QuestionRecord } from "@/lib/source/record";

/** A piece of a snippet: matched words are their own segments, so that no HTML ever travels. */
export type SnippetSegment = { text: string; isMatch: boolean };

export type SearchHit = {
  record: QuestionRecord;
  status: SearchStatus;
  /** ts_rank of the better language; null without words. */
  rank: number | null;
  snippets: { fr: SnippetSegment[]; nl: SnippetSegment[] } | null;
};

export type FacetValue = { value: string; label: { fr: string; nl: string } | null; count: number };
export type Facets = Record<FacetName, FacetValue[]>;

/** Filters that were set when nothing matched: the page offers to drop each one. */
export type Loosening = keyof Pick<SearchParams, "minister" | "author" | "party" | "legislature" | "from" | "status">;

type Parsed = { params: SearchParams; notices: ParamNotice[] };

/** The query is the number of a question in the archive: open it (the API returns it as the one hit). */
export type SearchRedirect = Parsed & { kind: "redirect"; id: string; hit: SearchHit };

export type SearchResults = Parsed & {
  kind: "results";
  /** The query had words, but none that search can use (only stop words or punctuation). */
  hasNoSearchableWords: boolean;
  total: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Facets;
  loosen: Loosening[];
};

export type SearchOutcome = SearchRedirect | SearchResults;

export async function runSearch(query: SqlExecutor, { params, notices }: Parsed): Promise<SearchOutcome> {
  const intent = readQueryIntent(params.q);
  if (intent.kind === "number") {
    const id = await findQuestionByNumber(query, intent.legislature, intent.number);
    const [hit] = id ? await loadHits(query, [{ id, rank: null }], null) : [];
    if (id && hit) return { kind: "redirect", params, notices, id, hit };
  }
  const text = intent.kind === "none" ? null : params.q;
  const filters = searchFilters(params, text);
  const offset = (params.page - 1) * params.size;
  const [pageRows, [counts]] = await Promise.all([
    query<ResultPageRow>(resultPageSql({ filters, text, sort: params.sort, offset, limit: params.size })),
    query<FacetCounts>(facetCountsSql(filters, text)),
  ]);
  const total = counts?.total ?? 0;
  return {
    kind: "results",
    params,
    notices,
    hasNoSearchableWords: counts?.terms === 0,
    total,
    pageCount: Math.max(1, Math.ceil(total / params.size)),
    hits: await loadHits(query, pageRows, text),
    facets: groupFacets(counts?.facets ?? []),
    loosen: total === 0 ? filtersSet(params) : [],
  };
}

async function findQuestionByNumber(query: SqlExecutor, legislature: number | null, number: number): Promise<string | null> {
  // A bare number may exist in several legislatures: the latest is the likeliest meant.
  const rows = await query<{ id: string }>(Prisma.sql`
    SELECT id FROM question
    WHERE number = ${number} AND (${legislature}::int IS NULL OR legislature = ${legislature}::int)
    ORDER BY legislature DESC LIMIT 1`);
  return rows[0]?.id ?? null;
}

async function loadHits(query: SqlExecutor, pageRows: ResultPageRow[], text: string | null): Promise<SearchHit[]> {
  if (pageRows.length === 0) return [];
  const ids = pageRows.map((row) => row.id);
  const [stored, french, dutch] = await Promise.all([
    readQuestionRecords(query, ids),
    text ? query<HeadlineRow>(headlinesSql("fr", text, ids)) : Promise.resolve([]),
    text ? query<HeadlineRow>(headlinesSql("nl", text, ids)) : Promise.resolve([]),
  ]);
  const frenchById = new Map(french.map((row) => [row.id, row.headline]));
  const dutchById = new Map(dutch.map((row) => [row.id, row.headline]));
  return pageRows.flatMap((pageRow) => {
    const question = stored.get(pageRow.id);
    if (!question) return [];
    const headlineFr = frenchById.get(pageRow.id);
    const headlineNl = dutchById.get(pageRow.id);
    return [{
      record: question.record,
      status: question.status,
      rank: pageRow.rank === null ? null : Number(pageRow.rank),
      snippets: headlineFr !== undefined && headlineNl !== undefined
        ? { fr: splitHeadline(headlineFr), nl: splitHeadline(headlineNl) }
        : null,
    }];
  });
}

/** ts_headline's output, marked with MATCH_START/MATCH_END, as plain text segments. */
export function splitHeadline(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const [index, part] of headline.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (part !== "") segments.push({ text: part, isMatch: index % 2 === 1 });
  }
  return segments;
}

const STATUS_ORDER: readonly string[] = ["answered", "reminded", "awaiting"];

const FACET_ORDER: Record<FacetName, (a: FacetValue, b: FacetValue) => number> = {
  minister: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  party: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  year: (a, b) => b.value.localeCompare(a.value),
  status: (a, b) => STATUS_ORDER.indexOf(a.value) - STATUS_ORDER.indexOf(b.value),
};

function groupFacets(rows: FacetCountRow[]): Facets {
  const facets: Facets = { minister: [], party: [], year: [], status: [] };
  for (const row of rows) {
    facets[row.facet].push({
      value: row.value,
      label: row.label_fr !== null && row.label_nl !== null ? { fr: row.label_fr, nl: row.label_nl } : null,
      count: row.count,
    });
  }
  for (const name of Object.keys(facets) as FacetName[]) facets[name].sort(FACET_ORDER[name]);
  return facets;
}

function filtersSet(params: SearchParams): Loosening[] {
  const set: Loosening[] = [];
  if (params.minister) set.push("minister");
  if (params.author) set.push("author");
  if (params.party) set.push("party");
  if (params.legislature !== null) set.push("legislature");
  if (params.from !== null || params.to !== null) set.push("from");
  if (params.status !== null) set.push("status");
  return set;
}
