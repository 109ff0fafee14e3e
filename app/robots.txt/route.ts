/**
 * GET /robots.txt: crawlers welcome on the pages, not on the API (the same data as JSON, and
 * exports that are costly to serve); the sitemap on PUBLIC_ORIGIN. Per request rather than
 * app/robots.ts, which Next.js renders at build time, before PUBLIC_ORIGIN is known.
 */
import { publicOrigin } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET(): Response {
  const body = ["User-agent: *", "Allow: /", "Disallow: /api/", "", `Sitemap: ${publicOrigin()}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
