/**
 * The work a load leaves for the first readers, done by the loader before it returns. Rows
 * written in bulk sit in the GIN indexes' pending lists (fastupdate), which every text search
 * reads whole until they are merged, and the planner has no statistics for them: right after
 * `npm run seed` of 20,000 documents into a fresh PostgreSQL database a search for a word that
 * is nowhere took 0.3 to 1.8 s, and 15 to 35 ms once the tables were vacuumed and analysed
 * (issue 12; docs/benchmarks.md, "After a load").
 *
 * A load that changed a large part of the archive ends with VACUUM (ANALYZE) of the tables it
 * writes: it merges the pending lists, sets the visibility map (index-only scans for counts) and
 * gathers statistics, at the cost of one pass over those tables. A small load into a large
 * archive only merges the pending lists and analyses (ANALYZE samples a fixed number of rows),
 * and leaves the rest to autovacuum. Both run on PostgreSQL and on PGlite alike. Either way the
 * load's changes to the facet counts, which the triggers logged one by one, are first folded into
 * the counts that searches without words read (lib/search/sql/facet-rows.ts).
 */
import type { Pool } from "pg";

/** The tables the loader writes (archive_upsert_questions, question_facet and the facet counts through their triggers, and the vocabulary). */
export const LOADED_TABLES = [
  "question",
  "question_facet",
  "question_facet_count",
  "question_facet_year_count",
  "question_facet_change",
  "author",
  "addressee",
  "descriptor",
  "question_descriptor",
  "timeline_event",
  "sibling_link",
  "search_word",
  "search_word_lemma",
] as const;

/**
 * A load that wrote at least this share of the archive's questions is large: a VACUUM then costs
 * little more than the load itself did. Below it, VACUUM would reread a large archive for a few
 * new rows; merging the pending lists is what those rows need, and autovacuum does the rest.
 */
const LARGE_LOAD_SHARE = 0.1;

export type AfterLoadWork = "none" | "vacuum-analyze" | "merge-and-analyze";
export type AfterLoadReport = { work: AfterLoadWork; seconds: number };

/** Decides what a load of `changedDocuments` into an archive of `archiveSize` questions needs. */
export function afterLoadWork(changedDocuments: number, archiveSize: number): AfterLoadWork {
  if (changedDocuments === 0) return "none";
  return changedDocuments >= archiveSize * LARGE_LOAD_SHARE ? "vacuum-analyze" : "merge-and-analyze";
}

/** Leaves the database as fast for readers as it will be once autovacuum has passed. */
export async function finishLoad(pool: Pool, { changedDocuments }: { changedDocuments: number }): Promise<AfterLoadReport> {
  const startedAt = performance.now();
  const { rows } = await pool.query<{ count: string }>("SELECT count(*) AS count FROM question");
  const work = afterLoadWork(changedDocuments, Number(rows[0]?.count ?? 0));
  const tables = LOADED_TABLES.join(", ");
  // The load's changes to the facet counts, logged one by one, folded into the counts that
  // searches without words read (prisma/functions/archive_compact_facet_counts.sql).
  if (work !== "none") await pool.query("SELECT archive_compact_facet_counts()");
  if (work === "vacuum-analyze") {
    // VACUUM cannot run inside a transaction: one plain statement, outside any.
    await pool.query(`VACUUM (ANALYZE) ${tables}`);
  } else if (work === "merge-and-analyze") {
    await pool.query(
      `SELECT gin_clean_pending_list(index.indexrelid)
       FROM pg_index index
       JOIN pg_class relation ON relation.oid = index.indexrelid
       JOIN pg_am method ON method.oid = relation.relam
       WHERE method.amname = 'gin' AND index.indrelid = ANY($1::regclass[])`,
      [LOADED_TABLES],
    );
    await pool.query(`ANALYZE ${tables}`);
  }
  return { work, seconds: (performance.now() - startedAt) / 1000 };
}
