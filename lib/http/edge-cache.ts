/**
 * Which pages the proxy in front may cache, and for how long (decision 0015). A question page is
 * the same for every reader of its address, unless the reader chose a column order or a
 * one-language view (cookies the server renders from): without those cookies it is public for a
 * short while, so that the day a question makes the news nginx renders it once a minute rather
 * than once per reader. Browsers keep nothing (max-age=0): the "awaiting an answer for N days"
 * counter and a newly loaded answer are at most EDGE_FRESH_SECONDS old at the edge, and
 * EDGE_STALE_SECONDS more while nginx refreshes its copy in the background.
 */
import { isLocale } from "@/lib/i18n/routing";
import { COLUMN_ORDER_COOKIE, READER_VIEW_COOKIE } from "@/lib/reader/parallel";

export const EDGE_FRESH_SECONDS = 60;
export const EDGE_STALE_SECONDS = 300;

export const SHARED_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${EDGE_FRESH_SECONDS}, stale-while-revalidate=${EDGE_STALE_SECONDS}`;

/** The cookies that change how a page renders: a request carrying one gets a page of its own. */
export const LAYOUT_COOKIES: readonly string[] = [COLUMN_ORDER_COOKIE, READER_VIEW_COOKIE];

/** next-intl's cookie remembering the interface language (lib/i18n/routing.ts). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The Cache-Control a page response gets, or null to leave Next.js's own (private, no-store).
 * `isFlightRequest`: Next.js's client navigation asks the same address for a React payload
 * instead of HTML; that stays private. A reader whose locale cookie names another language is
 * switching languages (or followed a link in another one): that answer sets the cookie to
 * remember the new language, and so is not shared either. deploy/nginx.conf applies the same
 * rules on its side.
 */
export function pageCacheControl(request: {
  method: string;
  pathname: string;
  cookieNames: readonly string[];
  localeCookie: string | undefined;
  isFlightRequest: boolean;
}): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (request.isFlightRequest) return null;
  if (request.cookieNames.some((name) => LAYOUT_COOKIES.includes(name))) return null;
  const [, locale, section, id, ...rest] = request.pathname.split("/");
  const isQuestionPage = locale !== undefined && isLocale(locale) && section === "questions" && id !== undefined && id !== "" && rest.length === 0;
  if (!isQuestionPage) return null;
  if (request.localeCookie !== undefined && request.localeCookie !== locale) return null;
  return SHARED_PAGE_CACHE_CONTROL;
}
