/**
 * The addresses of the archive's feeds and exports, beside paths.ts (which builds the pages'):
 * an Atom feed of new answers or new questions for the whole archive, for a search, a minister
 * (the search's `minister` filter, an exact portfolio title as a minister page prints it) or a
 * member (the `author` filter, the name as printed); and a search's CSV and JSON Lines exports.
 * Only the parameters that select questions travel: sort, page and size mean nothing to a feed
 * (newest first, the latest FEED_SIZE) or to an export (all of them, in number order).
 */
import { DEFAULT_SEARCH_PARAMS, searchQueryString, type SearchParams } from "@/lib/search/parse-params";
import { localizedPath } from "./paths";
import type { Locale } from "./routing";

export const FEED_KINDS = ["answers", "questions"] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** The search parameters without those that only order or page a list. */
function selectionQuery(params: Partial<SearchParams>): string {
  return searchQueryString({ ...DEFAULT_SEARCH_PARAMS, ...params, sort: DEFAULT_SEARCH_PARAMS.sort, page: 1, size: DEFAULT_SEARCH_PARAMS.size });
}

/** "/fr/feeds/answers.atom", with a search's selection when given ("?q=prisons&minister=..."). */
export function feedPath(locale: Locale, kind: FeedKind, params: Partial<SearchParams> = {}): string {
  return `${localizedPath(`/feeds/${kind}.atom`, locale)}${selectionQuery(params)}`;
}

/** A minister's feed: the questions to (or answers from) one portfolio, by its title as printed. */
export function ministerFeedPath(locale: Locale, kind: FeedKind, title: string): string {
  return feedPath(locale, kind, { minister: title });
}

/** A member's feed: their questions, or the answers they received, by their name as printed. */
export function memberFeedPath(locale: Locale, kind: FeedKind, name: string): string {
  return feedPath(locale, kind, { author: name });
}

export const EXPORT_FILES = { csv: "questions.csv", jsonl: "questions.jsonl" } as const;

/** A search's export; `locale` is the language of the archive links in the CSV. */
export function exportPath(format: keyof typeof EXPORT_FILES, locale: Locale, params: Partial<SearchParams> = {}): string {
  const query = selectionQuery(params);
  return `/api/export/${EXPORT_FILES[format]}${query}${query ? "&" : "?"}lang=${locale}`;
}
