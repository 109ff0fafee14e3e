/**
 * The search page's and /api/search's parameters, read from the URL with zod. Every parameter
 * has a default; a bad value falls back to it and is reported as a notice (shown on the page,
 * returned in the JSON), so that no URL, however mangled, makes a 500 or a 400.
 */
import { z } from "zod";
import { sessionSchema } from "@/lib/source/session";
import { STATUS_KINDS, type StatusKind } from "@/lib/status/status";
import { boundQueryComplexity } from "./query";


export const SORTS = ["relevance", "newest", "oldest", "longest-awaiting"] as const;
export type SearchSort = (typeof SORTS)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Deep pages cost an OFFSET scan and serve no reader; narrowing the query is the way there. */
export const MAX_PAGE = 500;
/** Longer queries are cut: no real query needs more, and it bounds the text search work. */
export const MAX_QUERY_LENGTH = 300;
const MAX_FILTER_LENGTH = 120;
/**
 * Date filters outside this range are not understood: every date inside is one PostgreSQL stores
 * (it has no year 0, and "0000-01-01" made a 500), and the archive cannot hold a question from
 * before the Senate's first session (1831) or after the year 2999.
 */
export const EARLIEST_DATE = "1831-01-01";
export const LATEST_DATE = "2999-12-31";

export type SearchParams = {
  q: string;
  minister: string;
  /**
   * One addressee by its id (addressee.id): the exact portfolio of a minister page, where
   * `minister`, which matches titles and words, could also find a title's near-twins.
   */
  addressee: number | null;
  author: string;
  party: string;
  legislature: number | null;
  /** A session in the record's form ("2012-2013", "2010": lib/source/session.ts). */
  session: string | null;
  from: string | null;
  to: string | null;
  status: StatusKind | null;
  sort: SearchSort;
  page: number;
  size: number;
};

export type SearchParamName = keyof SearchParams;

/**
 * A parameter not taken exactly as given: not understood and replaced by its default
 * ("ignored"), or a query too complex to run in full and cut to its first terms ("simplified",
 * lib/search/query.ts).
 */
export type ParamNotice = { param: SearchParamName; value: string; reason: "ignored" | "simplified" };

export const DEFAULT_SEARCH_PARAMS: SearchParams = {
  q: "",
  minister: "",
  addressee: null,
  author: "",
  party: "",
  legislature: null,
  session: null,
  from: null,
  to: null,
  status: null,
  sort: "relevance",
  page: 1,
  size: DEFAULT_PAGE_SIZE,
};

/**
 * Control characters (NUL included: PostgreSQL refuses it in text) become spaces; text is cut
 * to a length. Not a validation failure: a pasted query with a tab in it is still a query.
 */
export function cleanText(value: string, maxLength: number): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, " ").replace(/\s+/g, " ").trim().slice(0, maxLength).trim();
}

const text = (maxLength: number) => z.string().transform((value) => cleanText(value, maxLength));
const isoDate = z.iso
  .date()
  .refine((date) => date >= EARLIEST_DATE && date <= LATEST_DATE, `a date from ${EARLIEST_DATE} to ${LATEST_DATE}`);

/** One schema per parameter, so that each falls back on its own. "" means "not given". */
const parameterSchemas: { [K in SearchParamName]: z.ZodType<SearchParams[K]> } = {
  q: text(MAX_QUERY_LENGTH),
  minister: text(MAX_FILTER_LENGTH),
  addressee: z.coerce.number().int().min(1).max(2_147_483_647),
  author: text(MAX_FILTER_LENGTH),
  party: text(MAX_FILTER_LENGTH),
  legislature: z.coerce.number().int().min(1).max(999),
  session: sessionSchema,
  from: isoDate,
  to: isoDate,
  status: z.enum(STATUS_KINDS),
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(MAX_PAGE),
  size: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE),
};

const PARAM_NAMES = Object.keys(parameterSchemas) as SearchParamName[];

export type ParsedSearchParams = { params: SearchParams; notices: ParamNotice[] };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function firstValue(raw: RawParams, name: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(name) ?? undefined;
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the parameters from a page's searchParams or a request's URLSearchParams. */
export function parseSearchParams(raw: RawParams): ParsedSearchParams {
  const params: SearchParams = { ...DEFAULT_SEARCH_PARAMS };
  const notices: ParamNotice[] = [];
  for (const name of PARAM_NAMES) {
    const value = firstValue(raw, name);
    if (value === undefined || value.trim() === "") continue;
    const result = parameterSchemas[name].safeParse(value.trim());
    if (result.success) (params as Record<SearchParamName, unknown>)[name] = result.data;
    else notices.push({ param: name, value: cleanText(value, 60), reason: "ignored" });
  }
  const bounded = boundQueryComplexity(params.q);
  if (bounded.isSimplified) {
    notices.push({ param: "q", value: cleanText(params.q, 60), reason: "simplified" });
    params.q = bounded.text;
  }
  // A range given backwards is read the way it was meant.
  if (params.from && params.to && params.from > params.to) [params.from, params.to] = [params.to, params.from];
  return { params, notices };
}

/** A minister's, member's or party's questions are newest first unless the address names a sort (scopedResultsPath leaves it out). */
export const SCOPED_SEARCH_SORT: SearchSort = "newest";

/**
 * The search of a page that lists one scope's questions (a minister's, a member's, a party's):
 * the URL's parameters with the scope's filters fixed, newest first unless the URL names a sort.
 */
export function parseScopedSearchParams(raw: RawParams, scope: Partial<SearchParams>): ParsedSearchParams {
  const { params, notices } = parseSearchParams(raw);
  return { params: { ...params, ...scope, sort: firstValue(raw, "sort") === undefined ? SCOPED_SEARCH_SORT : params.sort }, notices };
}

/** The query string for these parameters, defaults left out, so that links stay short and stable. */
export function searchQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const query = new URLSearchParams();
  for (const name of PARAM_NAMES) {
    const value = merged[name];
    if (value === null || value === "" || value === DEFAULT_SEARCH_PARAMS[name]) continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}
