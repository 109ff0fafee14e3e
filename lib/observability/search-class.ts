/**
 * The class of a search, for its duration metric: what the benchmark measures separately
 * (docs/benchmarks.md), in few enough values to be a label. A question number is an index
 * lookup; words run the full-text statements; no words is a browse of the filters.
 */
import type { SearchParams } from "@/lib/search/parse-params";
import { readQueryIntent } from "@/lib/search/query";

export type SearchClass = "number" | "words" | "browse";

export function searchClass(params: Pick<SearchParams, "q">): SearchClass {
  const intent = readQueryIntent(params.q);
  return intent.kind === "number" ? "number" : intent.kind === "text" ? "words" : "browse";
}
