/**
 * What the node knows about the request being served, wherever the code runs: its id (for log
 * lines written far from the route, in the data layer or a pool) and whether the database failed
 * it by being out of reach or too slow (so that the answer can be a 503 rather than a 500,
 * lib/http/error-shell.ts). Set by the HTTP hook (lib/observability/http-hook.ts) around Next.js's
 * handling of each request; AsyncLocalStorage carries it through every await of the render.
 *
 * On globalThis because Next.js bundles this module into several chunks (instrumentation, each
 * route and page), which must share one store.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = {
  readonly requestId: string;
  /** A database read of this request failed because the database did not answer (lib/db/unavailable.ts). */
  isDatabaseUnavailable: boolean;
};

const holder = globalThis as unknown as { archiveRequestContext?: AsyncLocalStorage<RequestContext> };

function storage(): AsyncLocalStorage<RequestContext> {
  return (holder.archiveRequestContext ??= new AsyncLocalStorage<RequestContext>());
}

export function runInRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage().run(context, run);
}

/** The request being served, or undefined outside any (a command, a pool's idle connection). */
export function currentRequestContext(): RequestContext | undefined {
  return storage().getStore();
}

export function currentRequestId(): string | undefined {
  return currentRequestContext()?.requestId;
}

/** Records that the database failed the current request (a no-op outside a request). */
export function noteDatabaseUnavailable(): void {
  const context = currentRequestContext();
  if (context) context.isDatabaseUnavailable = true;
}
