/** The link to a search with some parameters changed; a changed filter starts again at page 1. */
import { searchQueryString, type SearchParams } from "@/lib/search/parse-params";

export function searchHref(locale: string, params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const resetsPage = !("page" in overrides);
  return `/${locale}/search${searchQueryString(params, resetsPage ? { ...overrides, page: 1 } : overrides)}`;
}
