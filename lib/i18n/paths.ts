/**
 * Every localized link of the app is built here: the locale prefix, the route, the query (empty
 * values left out). Pure, so pages, route handlers and server actions share it. The prefix
 * itself is locale-path.ts's (re-exported here), which the browser and proxy.ts import alone;
 * feeds and exports have feed-paths.ts.
 */
import { DEFAULT_SEARCH_PARAMS, SCOPED_SEARCH_SORT, searchQueryString, type SearchParamName, type SearchParams } from "@/lib/search/parse-params";
import { localizedPath } from "./locale-path";
import type { Locale } from "./routing";

export { localeOfPath, localizedPath, notFoundPath, switchLocalePath } from "./locale-path";

/** Page 1 of a list is the list's plain address. */
const pageQuery = (page = 1): Record<string, number | undefined> => ({ page: page > 1 ? page : undefined });

export function homePath(locale: Locale, { page }: { page?: number } = {}): string {
  return localizedPath("/", locale, pageQuery(page));
}

/** A question's page; `anchor` points at a part of it ("reader", "a-fr-3"). */
export function questionPath(locale: Locale, id: string, { anchor }: { anchor?: string } = {}): string {
  return `${localizedPath(`/questions/${id}`, locale)}${anchor ? `#${anchor}` : ""}`;
}

export function descriptorPath(locale: Locale, id: number, { page }: { page?: number } = {}): string {
  return localizedPath(`/descriptors/${id}`, locale, pageQuery(page));
}

/**
 * A search with these parameters, some overridden. Changing anything but the page starts again
 * at page 1: page 4 of another filter means nothing.
 */
export function searchPath(locale: Locale, params?: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const path = localizedPath("/search", locale);
  if (!params) return path;
  const resetsPage = !("page" in overrides);
  return `${path}${searchQueryString(params, resetsPage ? { ...overrides, page: 1 } : overrides)}`;
}

/**
 * Where a list of search results lives, as a function of its parameters: the links of its
 * facets, pages and suggestions go through it, so that they stay on the page that lists.
 */
export type ResultsPath = (params: SearchParams, overrides?: Partial<SearchParams>) => string;

/** The search page's results. */
export function searchResultsPath(locale: Locale): ResultsPath {
  return (params, overrides) => searchPath(locale, params, overrides);
}

/**
 * The questions of a minister's, member's or party's page (`pagePath`): the search with the
 * page's own filter (`fixed`) set by the page, so left out of the address, newest first by
 * default. As with searchPath, changing anything but the page starts again at page 1.
 */
export function scopedResultsPath(pagePath: string, fixed: SearchParamName): ResultsPath {
  return (params, overrides = {}) => {
    const merged: SearchParams = { ...params, ...overrides, [fixed]: DEFAULT_SEARCH_PARAMS[fixed] };
    if (!("page" in overrides)) merged.page = 1;
    const query = new URLSearchParams(searchQueryString({ ...merged, sort: DEFAULT_SEARCH_PARAMS.sort }));
    if (merged.sort !== SCOPED_SEARCH_SORT) query.set("sort", merged.sort);
    const text = query.toString();
    return text ? `${pagePath}?${text}` : pagePath;
  };
}

/** The full list of questions, newest first, a page at a time (the home page is a front page). */
export function questionListPath(locale: Locale, { page }: { page?: number } = {}): string {
  return localizedPath("/questions", locale, pageQuery(page));
}

/** The ministers table; the default sort and "every legislature" are left out of the address. */
export function ministersPath(
  locale: Locale,
  { sort, dir, legislature }: { sort?: string; dir?: "asc" | "desc"; legislature?: number | null } = {},
): string {
  return localizedPath("/ministers", locale, { sort, dir, legislature: legislature ?? undefined });
}

/** A minister's page: one addressee (a portfolio as printed), by its id. */
export function ministerPath(locale: Locale, id: number): string {
  return localizedPath(`/ministers/${id}`, locale);
}

export function membersPath(locale: Locale): string {
  return localizedPath("/members", locale);
}

/** A member's page, by the author's id. */
export function memberPath(locale: Locale, id: number): string {
  return localizedPath(`/members/${id}`, locale);
}

export function partiesPath(locale: Locale): string {
  return localizedPath("/parties", locale);
}

/**
 * A party's page, by its name as printed ("CD&V", "Open Vld"), as one path segment. A space is
 * written "_" ("/parties/Open_Vld"): no address of ours has a space in its path (proxy.ts turns
 * one away), and "Open%20Vld" reads badly in a shared link.
 */
export function partyPath(locale: Locale, party: string): string {
  return localizedPath(`/parties/${encodeURIComponent(party.replaceAll(" ", "_"))}`, locale);
}

/** The page of a question's sibling set (every minister it was sent to, in one grid); the default sort is left out. */
export function questionSetPath(locale: Locale, id: string, { sort }: { sort?: "number" | "delay-desc" | "delay-asc" } = {}): string {
  return localizedPath(`/questions/${id}/set`, locale, { sort: sort === "number" ? undefined : sort });
}

/**
 * The OpenSearch description of an interface language (app/opensearch/[file]/route.ts): outside
 * the locale prefix, since it is a file rather than a page, so the proxy leaves it alone.
 */
export function openSearchPath(locale: Locale): string {
  return `/opensearch/${locale}.xml`;
}
