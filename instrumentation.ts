/**
 * Runs once when a Next.js server starts (`next start`, `next dev`): hooks request logging,
 * request ids and metrics into the Node.js server (lib/observability/http-hook.ts says why
 * there), and logs every error Next.js catches while rendering or in a route as one JSON line
 * carrying the request's id.
 */
import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { instrumentHttpServers } = await import("@/lib/observability/http-hook");
  instrumentHttpServers();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/observability/logger");
  const requestId = request.headers["x-request-id"];
  logger().error(
    {
      reqId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      path: request.path.split("?", 1)[0],
      routePath: context.routePath,
      routeType: context.routeType,
      err: error instanceof Error ? { message: error.message, stack: error.stack, digest: (error as { digest?: string }).digest } : String(error),
    },
    "request failed",
  );
};
