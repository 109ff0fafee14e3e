/**
 * GET /sitemap.xml: the sitemap index, listing /sitemap-questions.xml?page=1..N (each page at
 * most 50,000 addresses: lib/data/sitemap.ts), on PUBLIC_ORIGIN. Read per request: the archive
 * grows when the seed loads, and a build-time sitemap would miss it.
 */
import { getSitemapIndex } from "@/lib/data/sitemap";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { publicOrigin } from "@/lib/env";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { sitemapIndexXml } from "@/lib/sitemap/xml";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const { pageCount, lastModified } = await getSitemapIndex();
    const origin = publicOrigin();
    const pages = Array.from({ length: pageCount }, (_, index) => ({ url: `${origin}/sitemap-questions.xml?page=${index + 1}`, lastModified }));
    return new Response(sitemapIndexXml(pages), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable("The archive's database did not answer in time.");
    throw error;
  }
}
