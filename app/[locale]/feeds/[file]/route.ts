/**
 * GET /{locale}/feeds/answers.atom and /{locale}/feeds/questions.atom: Atom feeds of the newest
 * answers and the newest questions (FEED_SIZE), for the whole archive or for a search (the
 * search page's parameters: q, minister, author, party, legislature, session, from, to,
 * status, addressee; bad values fall back as on the page). A minister page's feed is the
 * `addressee` filter (the portfolio's id, named by its title), a member's the `author` filter
 * (lib/i18n/feed-paths.ts). Titles
 * and texts in the locale's language; every link on PUBLIC_ORIGIN. Unknown locale or file: 404.
 */
import { hasLocale } from "next-intl";
import { z } from "zod";
import { getFeedRecords } from "@/lib/data/feeds";
import { getAddresseeTitle } from "@/lib/data/questions";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { publicOrigin } from "@/lib/env";
import { atomFeed } from "@/lib/feeds/atom";
import { feedTexts } from "@/lib/feeds/texts";
import { feedPath, FEED_KINDS } from "@/lib/i18n/feed-paths";
import { homePath, questionPath, searchPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { logFailure } from "@/lib/observability/logger";
import { todayInBrussels } from "@/lib/reader/days";
import { DEFAULT_SEARCH_PARAMS, parseSearchParams, searchQueryString } from "@/lib/search/parse-params";

const fileSchema = z.enum(FEED_KINDS.map((kind) => `${kind}.atom`) as [string, ...string[]]).transform((file) => file.replace(/\.atom$/, "") as (typeof FEED_KINDS)[number]);

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; file: string }> }): Promise<Response> {
  const { locale, file } = await params;
  const kind = fileSchema.safeParse(file);
  if (!hasLocale(routing.locales, locale) || !kind.success) {
    return new Response("Not found: feeds are /{fr|nl|en}/feeds/answers.atom and questions.atom.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { params: search } = parseSearchParams(new URL(request.url).searchParams);
  try {
    const [records, addresseeTitle] = await Promise.all([
      getFeedRecords({ kind: kind.data, params: search }),
      search.addressee === null ? null : getAddresseeTitle({ id: search.addressee }),
    ]);
    const [origin, today] = [publicOrigin(), todayInBrussels()];
    const isSearch = searchQueryString({ ...search, sort: DEFAULT_SEARCH_PARAMS.sort, page: 1, size: DEFAULT_SEARCH_PARAMS.size }) !== "";
    const xml = atomFeed({
      kind: kind.data,
      locale,
      records,
      selfUrl: `${origin}${feedPath(locale, kind.data, search)}`,
      alternateUrl: `${origin}${isSearch ? searchPath(locale, search) : homePath(locale)}`,
      questionUrl: (id) => `${origin}${questionPath(locale, id)}`,
      now: new Date(`${today}T00:00:00Z`),
      texts: feedTexts({ locale, kind: kind.data, search, isSearch, today, addresseeTitle }),
    });
    return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable("The archive's database did not answer in time. Try again in a moment.");
    logFailure("feed failed", error, { request });
    return new Response("The feed could not be built.", { status: 500, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
  }
}
