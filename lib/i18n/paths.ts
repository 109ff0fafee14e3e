/**
 * Every localized link of the app is built here: the locale prefix, the route, the query (empty
 * values left out). Pure, so pages, route handlers and server actions share it.
 */
import { searchQueryString, type SearchParams } from "@/lib/search/parse-params";
import type { Locale } from "./routing";

type Query = Record<string, string | number | undefined>;

/** "/questions/5-8902" in "fr" -> "/fr/questions/5-8902"; the query is appended, empty values left out. */
export function localizedPath(pathname: string, locale: Locale, query: Query = {}): string {
  const path = pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const queryString = search.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/** Page 1 of a list is the list's plain address. */
const pageQuery = (page = 1): Query => ({ page: page > 1 ? page : undefined });

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

/** The page of a question's sibling set (every minister it was sent to, in one grid); the default sort is left out. */
export function questionSetPath(locale: Locale, id: string, { sort }: { sort?: "number" | "delay-desc" | "delay-asc" } = {}): string {
  return localizedPath(`/questions/${id}/set`, locale, { sort: sort === "number" ? undefined : sort });
}
