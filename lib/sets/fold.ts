/**
 * Folds the members of one sibling set on a page of search hits into one hit, as search engines
 * fold near-duplicates: the same question sent to eighteen ministers is one result with "and 17
 * identical questions to other ministers" beneath, not eighteen rows of the same subject. The
 * best-ranked member leads, at its own place; the others follow it, in rank order.
 *
 * Folding is done on the page of hits, not in SQL: totals, facets, pages and the rank order stay
 * those of the search (questions, not sets), so a count never changes meaning and the judged
 * relevance set is untouched. The price: a set whose members straddle two pages folds on each
 * page separately.
 */
import { setKey } from "./grid";

type Foldable = { record: { id: string; alsoAskedTo: readonly string[] } };

export type FoldedHit<Hit extends Foldable> = { lead: Hit; folded: Hit[] };

export function foldSiblingHits<Hit extends Foldable>(hits: readonly Hit[]): FoldedHit<Hit>[] {
  const groups: FoldedHit<Hit>[] = [];
  const bySet = new Map<string, FoldedHit<Hit>>();
  for (const hit of hits) {
    if (hit.record.alsoAskedTo.length === 0) {
      groups.push({ lead: hit, folded: [] });
      continue;
    }
    const key = setKey(hit.record.id, hit.record.alsoAskedTo);
    const group = bySet.get(key);
    if (group) group.folded.push(hit);
    else {
      const created = { lead: hit, folded: [] };
      bySet.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}
