/**
 * The API's answer when the database is too slow or out of reach: 503 with Retry-After and a
 * sentence, never a request left hanging and never a stack trace. One shape for every route.
 */

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(error: string, details: Record<string, unknown> = {}): Response {
  return Response.json(
    { error, ...details },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}
