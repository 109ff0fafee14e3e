/**
 * GET /api/metrics: the node's Prometheus metrics (lib/observability/metrics.ts), for a scraper
 * that reaches each node directly on its own port. Not for the public: nginx answers 404 for it
 * at the edge (deploy/nginx.conf), and a request that came through a proxy (it carries
 * X-Forwarded-For) gets the same 404 here, should a proxy be configured without that rule.
 */
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  if (request.headers.has("x-forwarded-for")) {
    return Response.json({ error: "Not found: no such API address (see /api/questions/{id} and /api/search)." }, { status: 404 });
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
