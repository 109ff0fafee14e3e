/**
 * Server-only entry point of the search for pages and API routes: lib/search/run.ts over a Prisma
 * client. A database that times out or cannot be reached is an outcome ("unavailable"), not an
 * exception: the page and the API each say so in their own way, and nothing waits for ever.
 */
import "server-only";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { runSearch, type SearchOutcome } from "@/lib/search/run";
import type { ParamNotice, SearchParams } from "@/lib/search/parse-params";

export type { FacetValue, Facets, Loosening, SearchHit, SearchOutcome, SearchResults, SnippetSegment } from "@/lib/search/run";

export async function searchQuestions({ params, notices = [], db = appDb }: { params: SearchParams; notices?: ParamNotice[]; db?: Database }): Promise<SearchOutcome> {
  try {
    return await runSearch(prismaExecutor(db), { params, notices });
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(`search unavailable: ${error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error)}`);
    return { kind: "unavailable", params, notices };
  }
}
