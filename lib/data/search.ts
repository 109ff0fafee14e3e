/** Server-only entry point of the search for pages and API routes: lib/search/run.ts over a Prisma client. */
import "server-only";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { runSearch, type SearchOutcome } from "@/lib/search/run";
import type { ParamNotice, SearchParams } from "@/lib/search/parse-params";

export type { FacetValue, Facets, Loosening, SearchHit, SearchOutcome, SearchResults, SnippetSegment } from "@/lib/search/run";

export async function searchQuestions({ params, notices = [], db = appDb }: { params: SearchParams; notices?: ParamNotice[]; db?: Database }): Promise<SearchOutcome> {
  return runSearch(prismaExecutor(db), { params, notices });
}
