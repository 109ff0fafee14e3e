/**
 * Every request the node serves, observed where Node's HTTP server hands it to Next.js: a
 * request id (the proxy's X-Request-Id, or a new one) set on the request before Next.js reads it
 * and echoed in the response; when the response ends, its duration in the route histogram and one
 * JSON log line.
 *
 * Each request is also handled inside its request context (lib/observability/request-context.ts:
 * its id for log lines written far from the route, and whether the database failed it), and its
 * response is watched for Next.js's empty error document, which is filled in so that an error page
 * reads without JavaScript (lib/http/error-shell.ts).
 *
 * Why here and not in proxy.ts or the route handlers: proxy.ts runs before a route and never
 * sees the response (nor does it run for /_next/static); route handlers see only their own
 * route, pages none. `next start` owns its HTTP server, so instrumentation.ts (run once when the
 * server starts) wraps `http.Server.prototype.emit`: one place that sees every request and its
 * end. Apart from the request id header and error documents, it never changes what Next.js answers.
 *
 * Shutdown: once Next.js has stopped listening (SIGTERM), every answer closes its connection, so
 * that a proxy's kept-alive connections end and the node drains; when the server has closed (the
 * requests in flight done), the database pools are ended, so that PostgreSQL sees each
 * connection say goodbye before Next.js exits.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { makeErrorShellReadable } from "@/lib/http/error-shell";
import { logger } from "./logger";
import { endTrackedPools, metrics } from "./metrics";
import { runInRequestContext, type RequestContext } from "./request-context";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";
import { pathOf, routeLabel } from "./route-label";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const holder = globalThis as unknown as { archiveHttpHook?: boolean };

export function instrumentHttpServers(): void {
  if (holder.archiveHttpHook) return;
  holder.archiveHttpHook = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "close") void closePools();
    if (event !== "request") return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const context = observe(this, args[0] as IncomingMessage, args[1] as ServerResponse);
    // Next.js's handler starts here: every await of its work runs in this request's context.
    return runInRequestContext(context, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
  } as typeof emit;
}

function observe(server: http.Server, request: IncomingMessage, response: ServerResponse): RequestContext {
  const startedAt = process.hrtime.bigint();
  // Shutting down (Next.js has closed the listener and waits for the connections to end): a
  // proxy's kept-alive connection would otherwise carry new requests to this node for as long
  // as they keep coming, and the node would be killed at its shutdown timeout instead of
  // draining. Each answer now ends its connection; the proxy opens the next one elsewhere.
  if (!server.listening) response.setHeader("Connection", "close");
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  // Next.js copies the request's headers into what routes and proxy.ts see: they can log the same id.
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const context: RequestContext = { requestId, isDatabaseUnavailable: false };
  makeErrorShellReadable(request, response, context);
  response.once("close", () => {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const method = METHODS.has(request.method ?? "") ? request.method! : "other";
    const path = pathOf(request.url);
    const route = routeLabel(path);
    const status = response.writableFinished ? response.statusCode : 0;
    metrics().requestDuration.observe({ method, route, status: String(status) }, seconds);
    // Static files are many and say little: kept out of the default level. The query string is
    // left out of the log on purpose: it holds what readers searched for.
    const level = route === "/_next/static" ? "debug" : status >= 500 || status === 0 ? "warn" : "info";
    logger()[level](
      { reqId: requestId, method, path, route, status, ms: Math.round(seconds * 10_000) / 10, aborted: status === 0 },
      "request",
    );
  });
  return context;
}

function closePools(): Promise<void> {
  // Logged first: Next.js exits as soon as its own clean-up is done, which may come before the
  // server's goodbyes are answered. The goodbyes (Terminate messages) are written at once.
  logger().info("closing the database pools");
  return endTrackedPools();
}
