/**
 * The locale prefix of the app's addresses ("/fr/questions/5-8902"): the core of paths.ts, which
 * re-exports it. Kept apart because it imports nothing but the locale list, so the places where
 * paths.ts's search links (zod, the search parameters) would weigh use it directly: the
 * language switcher, which runs in the browser, and proxy.ts, which runs before every request.
 */
import { isLocale, type Locale } from "./routing";

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

/** The interface language an address starts with ("/nl/search" -> "nl"), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1] ?? "";
  return isLocale(first) ? first : null;
}

/**
 * The same page in another interface language: "/fr/questions/5-8902" -> "/nl/questions/5-8902".
 * `search` is the current query string (without "?"), kept whole: repeated parameters included.
 */
export function switchLocalePath(pathname: string, locale: Locale, search = ""): string {
  const unprefixed = localeOfPath(pathname) === null ? pathname : pathname.replace(/^\/[^/]+/, "");
  const path = localizedPath(unprefixed === "" ? "/" : unprefixed, locale);
  return search ? `${path}?${search}` : path;
}

/**
 * The localized 404 page, which proxy.ts rewrites an address to when no route can serve it
 * (app/global-not-found.tsx renders it).
 */
export function notFoundPath(locale: Locale): string {
  return localizedPath("/not-found", locale);
}
