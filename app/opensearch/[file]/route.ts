/**
 * /opensearch/{locale}.xml: the OpenSearch description that lets a browser add the archive as
 * a search engine (the locale layout links it with rel="search"). Searches land on the search
 * page of that interface language; suggestions are not offered. Its URLs start with PUBLIC_ORIGIN.
 */
import { getTranslations } from "next-intl/server";
import { publicOrigin } from "@/lib/env";
import { searchPath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const locale = file.replace(/\.xml$/, "");
  if (!file.endsWith(".xml") || !isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "search.opensearch" });
  // The configured public origin, never the request's Host header (which a client chooses).
  const origin = publicOrigin();
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(t("shortName"))}</ShortName>
  <Description>${escapeXml(t("description"))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locale}</Language>
  <Url type="text/html" method="get" template="${escapeXml(`${origin}${searchPath(locale)}?q={searchTerms}`)}"/>
  <Url type="application/json" method="get" template="${escapeXml(`${origin}/api/search?q={searchTerms}`)}"/>
  <moz:SearchForm>${escapeXml(`${origin}${searchPath(locale)}`)}</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, {
    headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
