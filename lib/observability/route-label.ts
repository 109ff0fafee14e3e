/**
 * The route a request path belongs to, as a metric label: the route's pattern, never the path
 * itself (every question id or search would be a new time series, and a scanner sending random
 * paths could grow the metrics without bound). The patterns mirror app/ (including the
 * statistics, sets, feeds, exports and sitemap routes of issue 10); a path no route matches is
 * "other". A new route belongs here too.
 */
const LOCALES = "(?:fr|nl|en)";

const ROUTES: readonly [RegExp, string][] = [
  [/^\/_next\/static\//, "/_next/static"],
  [/^\/_next\/image/, "/_next/image"],
  [/^\/_next\//, "/_next/other"],
  [/^\/api\/questions\/[^/]+$/, "/api/questions/[id]"],
  [/^\/api\/search$/, "/api/search"],
  [/^\/api\/(health|ready|metrics)$/, "/api/$1"],
  [/^\/api\/export\/[^/]+$/, "/api/export/[file]"],
  [/^\/api(\/|$)/, "/api/other"],
  [/^\/opensearch\/[^/]+$/, "/opensearch/[file]"],
  [new RegExp(`^/${LOCALES}/?$`), "/[locale]"],
  [new RegExp(`^/${LOCALES}/questions/?$`), "/[locale]/questions"],
  [new RegExp(`^/${LOCALES}/questions/[^/]+$`), "/[locale]/questions/[id]"],
  [new RegExp(`^/${LOCALES}/questions/[^/]+/set$`), "/[locale]/questions/[id]/set"],
  [new RegExp(`^/${LOCALES}/(members|ministers|parties)/?$`), "/[locale]/$1"],
  [new RegExp(`^/${LOCALES}/members/[^/]+$`), "/[locale]/members/[id]"],
  [new RegExp(`^/${LOCALES}/ministers/[^/]+$`), "/[locale]/ministers/[id]"],
  [new RegExp(`^/${LOCALES}/parties/[^/]+$`), "/[locale]/parties/[party]"],
  [new RegExp(`^/${LOCALES}/feeds/[^/]+$`), "/[locale]/feeds/[file]"],
  [/^\/(robots\.txt|sitemap\.xml|sitemap-questions\.xml)$/, "/$1"],
  [new RegExp(`^/${LOCALES}/descriptors/[^/]+$`), "/[locale]/descriptors/[id]"],
  [new RegExp(`^/${LOCALES}/search$`), "/[locale]/search"],
  [/^\/$/, "/"],
  [/^\/[^/]+\.[a-z0-9]+$/i, "/[file]"],
];

export function routeLabel(pathname: string): string {
  for (const [pattern, label] of ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return label.replace("$1", match[1] ?? "");
  }
  return "other";
}

/** The path of a request target (`/fr/search?q=x` -> `/fr/search`), without parsing it as a URL. */
export function pathOf(target: string | undefined): string {
  const path = (target ?? "/").split(/[?#]/, 1)[0] ?? "/";
  return path === "" ? "/" : path;
}
