/**
 * What matching Dutch compounds costs and brings on the judged query set (issue 8, decision
 * 0011): the set scored with the compounds of each word and without, and every question that a
 * query finds only through a compound, marked as judged relevant, judged absent (a false hit)
 * or not judged. `npm run relevance -- --compounds` prints it.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import { JUDGED_QUERIES } from "./judged-queries";
import { firstPageSearch } from "./page-search";
import { formatReport, scoreJudgedSet, type RelevanceReport } from "./relevance";

export type CompoundFind = { q: string; id: string; judged: "relevant" | "absent" | "not judged" };
export type CompoundComparison = { withCompounds: RelevanceReport; withoutCompounds: RelevanceReport; onlyThroughCompounds: CompoundFind[] };

export async function compareCompounds(query: SqlExecutor): Promise<CompoundComparison> {
  const [withSearch, withoutSearch] = [firstPageSearch(query), firstPageSearch(query, { withCompounds: false })];
  const onlyThroughCompounds: CompoundFind[] = [];
  for (const judged of JUDGED_QUERIES) {
    const without = new Set(await withoutSearch(judged.q));
    for (const id of await withSearch(judged.q)) {
      if (without.has(id)) continue;
      const verdict = judged.relevant.includes(id) ? "relevant" : judged.absent?.includes(id) ? "absent" : "not judged";
      onlyThroughCompounds.push({ q: judged.q, id, judged: verdict });
    }
  }
  return {
    withCompounds: await scoreJudgedSet(withSearch),
    withoutCompounds: await scoreJudgedSet(withoutSearch),
    onlyThroughCompounds,
  };
}

export function formatCompoundComparison(comparison: CompoundComparison, title: string): string {
  const totals = (report: RelevanceReport) =>
    `recall@10 ${report.recallAt10.toFixed(3)}, MRR ${report.mrr.toFixed(3)}, false hits ${report.falseHits}`;
  const found = comparison.onlyThroughCompounds;
  const count = (verdict: CompoundFind["judged"]) => found.filter((find) => find.judged === verdict).length;
  return [
    formatReport(comparison.withoutCompounds, `${title}, without compounds`),
    "",
    `with compounds:    ${totals(comparison.withCompounds)}`,
    `without compounds: ${totals(comparison.withoutCompounds)}`,
    `found only through a compound: ${found.length} (relevant ${count("relevant")}, absent ${count("absent")}, not judged ${count("not judged")})`,
    ...found.map((find) => `  ${find.q.padEnd(30)} ${find.id}  ${find.judged}`),
  ].join("\n");
}
