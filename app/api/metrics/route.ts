/**
 * GET /api/metrics: the node's Prometheus metrics (lib/observability/metrics.ts), for a scraper
 * that reaches each node directly on its own port. Not for the public: nginx answers 404 for it
 * at the edge (deploy/nginx.conf), and the nodes' ports are reachable only from the edge and the
 * monitoring network (docs/deploy.md). The app cannot tell a proxied request itself: Next.js
 * adds X-Forwarded-For to every request it serves.
 */
import { metrics } from "@/lib/observability/metrics";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
