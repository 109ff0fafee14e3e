/**
 * Everything the question page shows, read in one place: the public record, the descriptors with
 * their ids (for links), the "also asked to" siblings resolved against the archive, the status
 * and delays, the timeline with its intervals, and the French/Dutch paragraphs already aligned
 * into rows. Plain data: the page only formats and lays it out.
 */
import "server-only";
import { cache } from "react";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { calendarDay, todayInBrussels } from "@/lib/reader/days";
import { parallelRows, type ReaderRow } from "@/lib/reader/parallel";
import { questionStatus, recordStatus, type QuestionStatus } from "@/lib/status/status";
import { timelineSteps, type TimelineStep } from "@/lib/reader/timeline";
import type { Bilingual, QuestionRecord } from "@/lib/source/record";
import { getStoredQuestion } from "./questions";

export type SiblingSummary =
  | { id: string; isInArchive: true; addressee: Bilingual; status: QuestionStatus }
  | { id: string; isInArchive: false };

export type QuestionPage = {
  record: QuestionRecord;
  descriptors: (Bilingual & { id: number })[];
  status: QuestionStatus;
  timeline: TimelineStep[];
  siblings: SiblingSummary[];
  reader: { question: ReaderRow[]; answer: ReaderRow[] | null };
};

/**
 * The question page's data, or null for an id that is malformed or not in the archive.
 * `today` (YYYY-MM-DD) is what an unanswered question's wait is counted to; Brussels' today by default.
 */
export async function getQuestionPage({ id, today, db = appDb }: { id: string; today?: string; db?: Database }): Promise<QuestionPage | null> {
  return readQuestionPage(id, today ?? todayInBrussels(), db);
}

// Cached per request: the page and its metadata both ask (cache() compares arguments by identity).
const readQuestionPage = cache(async (id: string, today: string, db: Database): Promise<QuestionPage | null> => {
  const stored = await getStoredQuestion({ id, db });
  if (!stored) return null;
  const { record, descriptorIds } = stored;
  return {
    record,
    descriptors: record.descriptors.map((descriptor, index) => ({ id: descriptorIds[index] ?? 0, ...descriptor })),
    status: recordStatus(record, today),
    timeline: timelineSteps(record.events),
    siblings: await resolveSiblings(db, record.alsoAskedTo, today),
    reader: {
      question: parallelRows("q", record.question),
      answer: record.answer ? parallelRows("a", record.answer) : null,
    },
  };
});

/** Each sibling id, in the source's order, with its addressee and status when the archive holds it. */
async function resolveSiblings(db: Database, ids: readonly string[], today: string): Promise<SiblingSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.question.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      legislature: true,
      askedOn: true,
      answerReceivedOn: true,
      reminderCount: true,
      addressee: { select: { titleFr: true, titleNl: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id): SiblingSummary => {
    const row = byId.get(id);
    if (!row) return { id, isInArchive: false };
    const answeredOn = row.answerReceivedOn ? calendarDay(row.answerReceivedOn) : null;
    return {
      id,
      isInArchive: true,
      addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
      status: questionStatus({ legislature: row.legislature, askedOn: calendarDay(row.askedOn), answeredOn, reminders: row.reminderCount }, today),
    };
  });
}
