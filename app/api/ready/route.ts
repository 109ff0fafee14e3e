/**
 * GET /api/ready: readiness. 200 when the node's read database (the replica, or the primary)
 * answers and holds the schema this build expects; 503 with a JSON body saying which of the two
 * is wrong otherwise. For the load balancer's or orchestrator's checks, never cached.
 */
import { checkReadiness } from "@/lib/data/readiness";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";
import { logger } from "@/lib/observability/logger";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const readiness = await checkReadiness();
  if (readiness.kind === "ready") {
    return Response.json({ status: "ready", database: readiness.database, unknownMigrations: readiness.schema.unknown }, { headers: NO_STORE });
  }
  const body =
    readiness.kind === "unavailable"
      ? {
          status: "unavailable",
          database: readiness.database,
          error: `The ${readiness.database} database does not answer: ${readiness.reason}`,
        }
      : {
          status: "behind",
          database: readiness.database,
          error: `The ${readiness.database} database does not hold the schema this build expects: run \`npm run db:migrate\` against the primary (a replica follows it).`,
          pending: readiness.schema.pending,
          changed: readiness.schema.changed,
        };
  logger().warn({ reqId: request.headers.get("x-request-id"), ...body }, "not ready");
  return Response.json(body, { status: 503, headers: { ...NO_STORE, "Retry-After": String(RETRY_AFTER_SECONDS) } });
}
