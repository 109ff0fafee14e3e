/**
 * Scores a search against the judged query set (judged-queries.ts): for each query, the rank of
 * each relevant question (1-based, null when not in the results), whether the expected first
 * question came first, and the questions found that must not be. Over the set: recall@10 (the
 * share of relevant questions found in the first ten), MRR (the mean of 1 / rank of the best
 * ranked relevant question) and the number of false hits. The thresholds are what the test
 * asserts; `npm run relevance` prints the table.
 */
import { JUDGED_QUERIES, type JudgedQuery } from "./judged-queries";

/** The ids a search returns for a query, best first (at least the first 50). */
export type RankedSearch = (q: string) => Promise<string[]>;

export type QueryScore = {
  query: JudgedQuery;
  ranks: Array<{ id: string; rank: number | null }>;
  isFirstRight: boolean | null;
  falseHits: string[];
  reciprocalRank: number;
};

export type RelevanceReport = {
  scores: QueryScore[];
  recallAt10: number;
  mrr: number;
  firstRight: number;
  firstJudged: number;
  falseHits: number;
};

export const THRESHOLDS = { recallAt10: 0.95, mrr: 0.9, falseHits: 0 };

export async function scoreJudgedSet(search: RankedSearch, queries: JudgedQuery[] = JUDGED_QUERIES): Promise<RelevanceReport> {
  const scores: QueryScore[] = [];
  for (const query of queries) {
    const found = await search(query.q);
    const rankOf = (id: string) => (found.includes(id) ? found.indexOf(id) + 1 : null);
    const ranks = query.relevant.map((id) => ({ id, rank: rankOf(id) }));
    const best = Math.min(...ranks.map(({ rank }) => rank ?? Infinity));
    scores.push({
      query,
      ranks,
      isFirstRight: query.first ? found[0] === query.first : null,
      falseHits: (query.absent ?? []).filter((id) => found.includes(id)),
      reciprocalRank: Number.isFinite(best) ? 1 / best : 0,
    });
  }
  const relevant = scores.flatMap((score) => score.ranks);
  const judgedFirst = scores.filter((score) => score.isFirstRight !== null);
  return {
    scores,
    recallAt10: relevant.filter(({ rank }) => rank !== null && rank <= 10).length / relevant.length,
    mrr: scores.reduce((sum, score) => sum + score.reciprocalRank, 0) / scores.length,
    firstRight: judgedFirst.filter((score) => score.isFirstRight).length,
    firstJudged: judgedFirst.length,
    falseHits: scores.reduce((sum, score) => sum + score.falseHits.length, 0),
  };
}

/** The per-query table and the totals, as plain text. */
export function formatReport(report: RelevanceReport, title: string): string {
  const lines = [title, ""];
  const width = Math.max(...report.scores.map((score) => score.query.q.length)) + 2;
  for (const score of report.scores) {
    const ranks = score.ranks.map(({ id, rank }) => `${id}@${rank ?? "-"}`).join(" ");
    const first = score.isFirstRight === null ? "      " : score.isFirstRight ? "first " : "FIRST?";
    const wrong = score.falseHits.length > 0 ? `  FALSE HIT ${score.falseHits.join(" ")}` : "";
    lines.push(`${score.query.q.padEnd(width)}${first}  ${ranks}${wrong}   (${score.query.about})`);
  }
  lines.push(
    "",
    `queries ${report.scores.length}   recall@10 ${report.recallAt10.toFixed(3)}   MRR ${report.mrr.toFixed(3)}   ` +
      `first right ${report.firstRight}/${report.firstJudged}   false hits ${report.falseHits}`,
    `thresholds: recall@10 >= ${THRESHOLDS.recallAt10}, MRR >= ${THRESHOLDS.mrr}, false hits <= ${THRESHOLDS.falseHits}`,
  );
  return lines.join("\n");
}
