/**
 * GET /api/health: liveness. The node's process answers HTTP; nothing else is asked (no
 * database), so that a database outage never makes a supervisor restart healthy nodes. Whether the
 * node can serve readers is /api/ready.
 */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "Cache-Control": "no-store" } });
}
