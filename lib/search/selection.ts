/**
 * The questions a search's parameters select, as a WHERE fragment, for what reads a search
 * whole rather than a page of it (exports, feeds): the same filters and the same full-text
 * condition as the result page (lib/search/sql/filters.ts), the query's words widened to the
 * forms the archive holds and the filters' names read as ids exactly as for the page (one round
 * trip). Sort and page are not part of a selection: exports and feeds have their own orders.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "./parse-params";
import { readSearchInputs } from "./run";
import { allFilters } from "./sql/result-page";

export async function searchSelection(query: SqlExecutor, params: SearchParams): Promise<Prisma.Sql> {
  // A question number is searched as text here: the page opens the question, a feed or an
  // export of "5-8902" has no page to open.
  return allFilters((await readSearchInputs(query, params)).filters);
}
