/**
 * runSearch: the archive's search, for the search page and /api/search alike (through
 * searchQuestions in lib/data/search.ts) and for the benchmark's direct-SQL runs. Takes the
 * parsed URL parameters and returns plain objects: the page of hits (public records with rank,
 * status and highlighted snippets), the total, the facet counts, and what to tell the reader
 * (parameters that fell back to their default, a query number to open directly, what to loosen
 * when nothing matched). Two rounds of statements run side by side: the page's ids with the
 * counts, then the page's records with its French and Dutch snippets. The statements go through
 * an executor (Prisma's $queryRaw in the app, node-postgres in the benchmark), so both run
 * exactly the same SQL.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchParams, type ParamNotice, type SearchParams, type SearchStatus } from "@/lib/search/parse-params";
import { readQueryIntent } from "@/lib/search/query";
import { facetCountsSql, type FacetName, type FacetRow } from "@/lib/search/sql/facets";
import { searchFilters } from "@/lib/search/sql/filters";
import { pageRecordsSql, type RecordRow } from "@/lib/search/sql/records";
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

export type SearchOutcome = {
  params: SearchParams;
  notices: ParamNotice[];
  /** The query was a question number found in the archive: open it instead. */
  redirectTo: string | null;
  /** The query had words, but none that search can use (only stop words or punctuation). */
  hasNoSearchableWords: boolean;
  total: number;
  pageCount: number;
  hits: SearchHit[];
  facets: Facets;
  loosen: Loosening[];
};

/** Runs one parameterised statement and returns its rows. */
export type SqlExecutor = <Row>(sql: Prisma.Sql) => Promise<Row[]>;

export type RunSearchOptions = {
  /** Parameters as read by parseSearchParams, or the raw URL parameters to read. */
  params?: SearchParams;
  notices?: ParamNotice[];
  searchParams?: Record<string, string | string[] | undefined> | URLSearchParams;
  /** For tests only: a ranking window smaller than the fixture corpus (see result-page.ts). */
  rankWindow?: number;
};

export async function runSearch(query: SqlExecutor, options: RunSearchOptions): Promise<SearchOutcome> {
  const parsed = options.params
    ? { params: options.params, notices: options.notices ?? [] }
    : parseSearchParams(options.searchParams ?? {});
  const { params, notices } = parsed;
  const intent = readQueryIntent(params.q);

  if (intent.kind === "number") {
    const id = await findQuestionByNumber(query, intent.legislature, intent.number);
    // The page redirects; the JSON API returns the one record.
    if (id) return { ...emptyOutcome(params, notices), redirectTo: id, total: 1, hits: await loadHits(query, [{ id, rank: null }], null) };
  }
  const text = intent.kind === "none" ? null : params.q;
  const filters = searchFilters(params, text);
  const offset = (params.page - 1) * params.size;
  const [pageRows, facetRows] = await Promise.all([
    query<ResultPageRow>(resultPageSql({ filters, text, sort: params.sort, offset, limit: params.size, rankWindow: options.rankWindow })),
    query<FacetRow>(facetCountsSql(filters, text)),
  ]);
  const searchableTerms = facetRows.find((row) => row.facet === "terms")?.count ?? 1;
  const total = facetRows.find((row) => row.facet === "total")?.count ?? 0;
  const hits = await loadHits(query, pageRows, text);
  return {
    params,
    notices,
    redirectTo: null,
    hasNoSearchableWords: searchableTerms === 0,
    total,
    pageCount: Math.max(1, Math.ceil(total / params.size)),
    hits,
    facets: groupFacets(facetRows),
    loosen: total === 0 ? filtersSet(params) : [],
  };
}

function emptyOutcome(params: SearchParams, notices: ParamNotice[]): SearchOutcome {
  return {
    params,
    notices,
    redirectTo: null,
    hasNoSearchableWords: false,
    total: 0,
    pageCount: 1,
    hits: [],
    facets: { minister: [], party: [], year: [], status: [] },
    loosen: [],
  };
}

/** The question a query names by its number ("5-8902", "8902"), if it is in the archive. */
export async function findQuestionForQuery(query: SqlExecutor, q: string): Promise<string | null> {
  const intent = readQueryIntent(q);
  return intent.kind === "number" ? findQuestionByNumber(query, intent.legislature, intent.number) : null;
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
  const [records, french, dutch] = await Promise.all([
    query<RecordRow>(pageRecordsSql(ids)),
    text ? query<HeadlineRow>(headlinesSql("fr", text, ids)) : Promise.resolve([]),
    text ? query<HeadlineRow>(headlinesSql("nl", text, ids)) : Promise.resolve([]),
  ]);
  const recordsById = new Map(records.map((row) => [row.id, row]));
  const frenchById = new Map(french.map((row) => [row.id, row.headline]));
  const dutchById = new Map(dutch.map((row) => [row.id, row.headline]));
  return pageRows.flatMap((pageRow) => {
    const row = recordsById.get(pageRow.id);
    if (!row) return [];
    const headlineFr = frenchById.get(pageRow.id);
    const headlineNl = dutchById.get(pageRow.id);
    return [{
      record: row.record,
      status: row.status,
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

const FACET_ORDER: Record<FacetName, (a: FacetValue, b: FacetValue) => number> = {
  minister: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  party: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  year: (a, b) => b.value.localeCompare(a.value),
  status: (a, b) => ["answered", "reminded", "awaiting"].indexOf(a.value) - ["answered", "reminded", "awaiting"].indexOf(b.value),
};

function groupFacets(rows: FacetRow[]): Facets {
  const facets: Facets = { minister: [], party: [], year: [], status: [] };
  for (const row of rows) {
    if (row.facet === "total" || row.facet === "terms" || row.value === null) continue;
    facets[row.facet].push({
      value: row.value,
      label: row.label_fr !== null && row.label_nl !== null ? { fr: row.label_fr, nl: row.label_nl } : null,
      count: Number(row.count),
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
