/**
 * Server-only entry points of the search for pages and API routes: lib/search/run.ts over the
 * app's Prisma client (or a test's own client).
 */
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { findQuestionForQuery as findQuestion, runSearch, type RunSearchOptions, type SearchOutcome, type SqlExecutor } from "@/lib/search/run";

export type { FacetValue, Facets, Loosening, SearchHit, SearchOutcome, SnippetSegment } from "@/lib/search/run";

function executor(db: PrismaClient): SqlExecutor {
  return (sql) => db.$queryRaw(sql);
}

export async function searchQuestions(options: RunSearchOptions & { db?: PrismaClient }): Promise<SearchOutcome> {
  return runSearch(executor(options.db ?? prisma), options);
}

/** The question a query names by its number ("5-8902", "8902"), if it is in the archive. */
export async function findQuestionForQuery({ q, db }: { q: string; db?: PrismaClient }): Promise<string | null> {
  return findQuestion(executor(db ?? prisma), q);
}
