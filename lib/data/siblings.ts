/**
 * A question number that the archive does not hold. Either it knows of it ("listed"): the "also
 * asked to" copy of a question it holds, sent to another minister under its own number; or no
 * question lists it ("unlisted"), but it is a well-formed number of one of the Senate's
 * legislatures, and the archive is incomplete: the Senate's site may have it. Searching such a
 * number finds nothing in the archive; the search page offers its official page (and the
 * questions that list it) instead of a bare "no result".
 */
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { readQueryIntent } from "@/lib/search/query";
import { formatQuestionId } from "@/lib/source/question-id";
import { findLegislature, SENATE_LEGISLATURES } from "@/lib/status/legislatures";
import { listQuestionsByIds, type QuestionSummary } from "./questions";

export type MissingQuestion =
  | { kind: "listed"; id: string; listedBy: QuestionSummary[] }
  | { kind: "unlisted"; id: string };

export async function findMissingQuestion({ q, db = appDb }: { q: string; db?: Database }): Promise<MissingQuestion | null> {
  const intent = readQueryIntent(q);
  if (intent.kind !== "number") return null;
  // A bare number ("8903") may be meant in any legislature: the latest one that lists it wins,
  // as for questions in the archive (lib/search/run.ts). Exact ids keep the index lookup.
  const legislatures = intent.legislature !== null ? [intent.legislature] : SENATE_LEGISLATURES.map((legislature) => legislature.number);
  const ids = legislatures.map((legislature) => formatQuestionId({ legislature, number: intent.number }));
  const rows = await db.$queryRaw<{ id: string; listed_by: string[] }[]>(Prisma.sql`
    SELECT sl.sibling_id AS id, array_agg(sl.question_id ORDER BY sl.question_id) AS listed_by
    FROM sibling_link sl
    WHERE sl.sibling_id = ANY(${ids}::text[])
      AND NOT EXISTS (SELECT 1 FROM question q WHERE q.id = sl.sibling_id)
    GROUP BY sl.sibling_id
    ORDER BY split_part(sl.sibling_id, '-', 1)::int DESC
    LIMIT 1`);
  const row = rows[0];
  if (row) return { kind: "listed", id: row.id, listedBy: await listQuestionsByIds({ ids: row.listed_by, db }) };
  // Only a full number names one page on senate.be; a bare one could be of any legislature, and
  // a legislature the Senate never had (the synthetic corpus's 91) has no page at all.
  if (intent.legislature === null || !findLegislature(intent.legislature)) return null;
  const id = formatQuestionId({ legislature: intent.legislature, number: intent.number });
  const isHeld = (await db.question.count({ where: { id } })) > 0;
  return isHeld ? null : { kind: "unlisted", id };
}
