/**
 * runSearch: the archive's search, for the search page and /api/search alike (through
 * searchQuestions in lib/data/search.ts) and for the benchmark's direct-SQL runs. Takes the
 * parsed URL parameters and returns one of two outcomes: a redirect, when the query is the
 * number of a question in the archive, or the results: the page of hits (public records with
 * rank, status and highlighted snippets), the total, the facet counts, and what to tell the
 * reader (parameters that fell back to their default, what to loosen when nothing matched).
 * Three rounds of statements, each run side by side: the query's words widened to the forms the
 * archive holds with the filters' names read as ids, then the page's ids with the counts, then
 * the page's records with its French and Dutch snippets. The statements go through an executor
 * (lib/db/sql.ts), so the app and the benchmark run exactly the same SQL.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlExecutor } from "@/lib/db/sql";
import { readQuestionRecords } from "@/lib/records/question-records";
import { expandTokens, type Expansion } from "@/lib/search/expand";
import type { ParamNotice, SearchParams } from "@/lib/search/parse-params";
import { planText, type TextPlan } from "@/lib/search/plan";
import { STATUS_KINDS, type StatusKind } from "@/lib/status/status";
import { readQueryIntent } from "@/lib/search/query";
import { facetCountsSql, type FacetCountRow, type FacetCounts, type FacetName } from "@/lib/search/sql/facets";
import { searchFilters, type SearchFilters, TEXT_MATCH_SETTINGS } from "@/lib/search/sql/filters";
import { resolveNamedFilters } from "@/lib/search/sql/named-filters";
import { namesSql, type NameRow } from "@/lib/search/sql/names";
import { similarWordsSql, type SimilarWordRow } from "@/lib/search/sql/suggestions";
import { SUGGEST_BELOW, suggestQueries } from "@/lib/search/suggest";
import { parseQueryText, queryTokens, type ParsedQuery } from "@/lib/search/terms";
import { headlinesSql, MATCH_END, MATCH_START, resultPageSql, type HeadlineRow, type ResultPageRow } from "@/lib/search/sql/result-page";
import type { QuestionRecord } from "@/lib/source/record";

/** A piece of a snippet: matched words are their own segments, so that no HTML ever travels. */
export type SnippetSegment = { text: string; isMatch: boolean };

export type SearchHit = {
  record: QuestionRecord;
  status: StatusKind;
  /** ts_rank of the better language; null without words. */
  rank: number | null;
  snippets: { fr: SnippetSegment[]; nl: SnippetSegment[] } | null;
};

export type FacetValue = { value: string; label: { fr: string; nl: string } | null; count: number };
export type Facets = Record<FacetName, FacetValue[]>;

/** Filters that were set when nothing matched: the page offers to drop each one. */
export type Loosening = keyof Pick<SearchParams, "minister" | "author" | "party" | "legislature" | "session" | "from" | "status">;

type Parsed = { params: SearchParams; notices: ParamNotice[] };
/** Snippets are the costliest part of a page of hits: a client that shows none can skip them. */
type RunOptions = Parsed & { withSnippets?: boolean };

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
  /** Words of the query that are an author's or a portfolio's name: the page says so. */
  names: NameMatch[];
  /** Corrected queries when the query found (almost) nothing and has words the archive lacks. */
  suggestions: string[];
};

/** A query word read as a name: "taelman" -> author Martine Taelman. */
export type NameMatch = { word: string; kind: "author" | "minister"; name: { fr: string; nl: string } };

/** The database did not answer in time (or at all): the page says so, the API answers 503. */
export type SearchUnavailable = Parsed & { kind: "unavailable" };

export type SearchOutcome = SearchRedirect | SearchResults | SearchUnavailable;

export async function runSearch(query: SqlExecutor, { params, notices, withSnippets = true }: RunOptions): Promise<SearchRedirect | SearchResults> {
  const intent = readQueryIntent(params.q);
  if (intent.kind === "number") {
    const id = await findQuestionByNumber(query, intent.legislature, intent.number);
    const [hit] = id ? await loadHits(query, [{ id, rank: null }], null) : [];
    if (id && hit) return { kind: "redirect", params, notices, id, hit };
  }
  const { understood, filters } = await readSearchInputs(query, params, intent);
  const plan = understood?.plan ?? null;
  const offset = (params.page - 1) * params.size;
  const positiveTokens = understood ? [...new Set(understood.parsed.groups.flat().flatMap((term) => term.tokens))] : [];
  const settings = plan ? TEXT_MATCH_SETTINGS : undefined;
  const [pageRows, [counts], nameRows] = await Promise.all([
    query<ResultPageRow>(resultPageSql({ filters, plan, sort: params.sort, offset, limit: params.size }), settings),
    query<FacetCounts>(facetCountsSql(filters, plan ? plan.groups.length + plan.excluded.length : null), settings),
    positiveTokens.length > 0 ? query<NameRow>(namesSql(positiveTokens)) : Promise.resolve([]),
  ]);
  const total = counts?.total ?? 0;
  const [hits, suggestions] = await Promise.all([
    loadHits(query, pageRows, withSnippets ? plan : null),
    understood && total < SUGGEST_BELOW ? suggest(query, params.q, understood.expansion, positiveTokens) : Promise.resolve([]),
  ]);
  return {
    kind: "results",
    params,
    notices,
    hasNoSearchableWords: plan !== null && plan.groups.length + plan.excluded.length === 0,
    total,
    pageCount: Math.max(1, Math.ceil(total / params.size)),
    hits,
    facets: groupFacets(counts?.facets ?? []),
    loosen: total === 0 ? filtersSet(params) : [],
    names: nameRows.map((row) => ({ word: row.token, kind: row.kind, name: { fr: row.fr, nl: row.nl } })),
    suggestions,
  };
}

/**
 * What every statement of a search needs, read side by side in one round: the query's words
 * widened to the forms the archive holds (null when the query has none), and the filters, with
 * the minister's and author's names read as ids (lib/search/sql/named-filters.ts). A question
 * number is read as words here: only runSearch opens it, before.
 */
export async function readSearchInputs(
  query: SqlExecutor,
  params: SearchParams,
  intent = readQueryIntent(params.q),
): Promise<{ understood: Understood | null; filters: SearchFilters }> {
  const [understood, named] = await Promise.all([
    intent.kind === "none" ? Promise.resolve(null) : understandQuery(query, params.q),
    resolveNamedFilters(query, params),
  ]);
  return { understood, filters: searchFilters(params, understood?.plan ?? null, named) };
}

type Understood = { parsed: ParsedQuery; expansion: Expansion; plan: TextPlan };

/** The query's terms, each token widened to the forms the archive holds (one round trip). */
export async function understandQuery(query: SqlExecutor, text: string): Promise<Understood> {
  const parsed = parseQueryText(text);
  const expansion = await expandTokens(query, queryTokens(parsed));
  return { parsed, expansion, plan: planText(parsed, expansion) };
}

async function suggest(query: SqlExecutor, text: string, expansion: Expansion, tokens: readonly string[]): Promise<string[]> {
  const unknown = tokens.filter((token) => expansion.get(token)?.isInArchive === false && /^[a-z]{3,}$/.test(token));
  if (unknown.length === 0) return [];
  return suggestQueries(text, unknown, await query<SimilarWordRow>(similarWordsSql(unknown)));
}

async function findQuestionByNumber(query: SqlExecutor, legislature: number | null, number: number): Promise<string | null> {
  // A bare number may exist in several legislatures: the latest is the likeliest meant.
  const rows = await query<{ id: string }>(Prisma.sql`
    SELECT id FROM question
    WHERE number = ${number} AND (${legislature}::int IS NULL OR legislature = ${legislature}::int)
    ORDER BY legislature DESC LIMIT 1`);
  return rows[0]?.id ?? null;
}

async function loadHits(query: SqlExecutor, pageRows: ResultPageRow[], plan: TextPlan | null): Promise<SearchHit[]> {
  if (pageRows.length === 0) return [];
  const ids = pageRows.map((row) => row.id);
  const [stored, french, dutch] = await Promise.all([
    readQuestionRecords(query, ids),
    plan ? query<HeadlineRow>(headlinesSql("fr", plan, ids)) : Promise.resolve([]),
    plan ? query<HeadlineRow>(headlinesSql("nl", plan, ids)) : Promise.resolve([]),
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

const STATUS_ORDER: readonly string[] = STATUS_KINDS;

const FACET_ORDER: Record<FacetName, (a: FacetValue, b: FacetValue) => number> = {
  minister: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  party: (a, b) => b.count - a.count || a.value.localeCompare(b.value),
  year: (a, b) => b.value.localeCompare(a.value),
  status: (a, b) => STATUS_ORDER.indexOf(a.value) - STATUS_ORDER.indexOf(b.value),
  // Newest first; the session form sorts chronologically as text (lib/source/session.ts).
  session: (a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0),
};

function groupFacets(rows: FacetCountRow[]): Facets {
  const facets: Facets = { minister: [], party: [], year: [], status: [], session: [] };
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
  if (params.session !== null) set.push("session");
  if (params.from !== null || params.to !== null) set.push("from");
  if (params.status !== null) set.push("status");
  return set;
}
