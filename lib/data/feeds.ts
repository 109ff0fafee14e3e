/**
 * Server-only reads for the Atom feeds: the newest questions or answers of a search's selection
 * (the whole archive when nothing is set), as public records, newest first.
 */
import "server-only";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import { feedEntriesSql, type FeedEntryRow } from "@/lib/feeds/sql/feed-entries";
import type { FeedKind } from "@/lib/i18n/feed-paths";
import { readQuestionRecords } from "@/lib/records/question-records";
import type { SearchParams } from "@/lib/search/parse-params";
import { searchSelection } from "@/lib/search/selection";
import type { QuestionRecord } from "@/lib/source/record";

export async function getFeedRecords({ kind, params, db = appDb }: { kind: FeedKind; params: SearchParams; db?: Database }): Promise<QuestionRecord[]> {
  const query = prismaExecutor(db);
  const rows = await query<FeedEntryRow>(feedEntriesSql(kind, await searchSelection(query, params)));
  const stored = await readQuestionRecords(query, rows.map((row) => row.id));
  return rows.flatMap((row) => {
    const question = stored.get(row.id);
    return question ? [question.record] : [];
  });
}
