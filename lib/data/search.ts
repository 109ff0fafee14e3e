/**
 * Server-only entry point of the search for pages and API routes: lib/search/run.ts over a Prisma
 * client. A database that times out or cannot be reached is an outcome ("unavailable"), not an
 * exception: the page and the API each say so in their own way, and nothing waits for ever.
 */
import "server-only";
import { readEnv } from "@/lib/env";
import { poolSettingsFrom, requestDeadlineMs } from "@/lib/db/pool-settings";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { clientPoolExecutor } from "@/lib/db/sql";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { logFailure } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { searchClass } from "@/lib/observability/search-class";
import { runSearch, type SearchOutcome } from "@/lib/search/run";
import type { ParamNotice, SearchParams } from "@/lib/search/parse-params";

export type { FacetValue, Facets, Loosening, SearchHit, SearchOutcome, SearchResults, SnippetSegment } from "@/lib/search/run";

export async function searchQuestions({
  params,
  notices = [],
  withSnippets = true,
  db = appDb,
  deadlineMs = requestDeadlineMs(poolSettingsFrom(readEnv())),
}: {
  params: SearchParams;
  notices?: ParamNotice[];
  /** false: hits without snippets (the API's `fields=` without "snippets"). */
  withSnippets?: boolean;
  db?: Database;
  /** The whole search's budget: each statement has its own timeout, this bounds them together. */
  deadlineMs?: number;
}): Promise<SearchOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SearchDeadlineError(deadlineMs)), deadlineMs);
  });
  const startedAt = performance.now();
  let outcome: SearchOutcome["kind"] | "error" = "error";
  try {
    // Statements still running past the deadline are left to their own timeouts.
    const result = await Promise.race([runSearch(clientPoolExecutor(db), { params, notices, withSnippets }), deadline]);
    outcome = result.kind;
    return result;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    logFailure("search unavailable", error, { level: "warn" });
    outcome = "unavailable";
    return { kind: "unavailable", params, notices };
  } finally {
    clearTimeout(timer);
    metrics().searchDuration.observe({ class: searchClass(params), outcome }, (performance.now() - startedAt) / 1000);
  }
}

class SearchDeadlineError extends Error {
  // Read by isDatabaseUnavailable, like a statement timeout.
  readonly code = "57014";
  constructor(deadlineMs: number) {
    super(`the search took longer than its ${deadlineMs} ms`);
  }
}
