/**
 * GET /sitemap-questions.xml?page=N: one page of the sitemap (every question's page in each
 * interface language, the home pages on page 1), on PUBLIC_ORIGIN. A page number that is not
 * one, or past the last page, is a 404.
 */
import { z } from "zod";
import { getSitemapPage } from "@/lib/data/sitemap";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { publicOrigin } from "@/lib/env";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { urlSetXml } from "@/lib/sitemap/xml";

export const dynamic = "force-dynamic";

const pageSchema = z.coerce.number().int().min(1).max(100_000);

function notFound(): Response {
  return new Response("Not found: sitemap pages are listed in /sitemap.xml.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(request: Request): Promise<Response> {
  const page = pageSchema.safeParse(new URL(request.url).searchParams.get("page") ?? "1");
  if (!page.success) return notFound();
  try {
    const entries = await getSitemapPage({ page: page.data, origin: publicOrigin() });
    if (!entries) return notFound();
    return new Response(urlSetXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return serviceUnavailable("The archive's database did not answer in time.");
    throw error;
  }
}
