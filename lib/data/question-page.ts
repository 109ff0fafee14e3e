/**
 * Everything the question page shows, read in one place: the public record, the descriptors with
 * their ids (for links), the "also asked to" siblings resolved against the archive, the status
 * and delays, the timeline with its intervals, and the French/Dutch paragraphs already aligned
 * into rows. Plain data: the page only formats and lays it out.
 */
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { todayInBrussels } from "@/lib/reader/days";
import { parallelRows, type ReaderRow } from "@/lib/reader/parallel";
import { questionStatus, type QuestionStatus } from "@/lib/reader/status";
import { timelineSteps, type TimelineStep } from "@/lib/reader/timeline";
import type { Bilingual, QuestionRecord } from "@/lib/source/record";
import { QUESTION_ID_PATTERN } from "./questions";
import { isoDate, questionRecordInclude, reshapeQuestionRecord } from "./reshape";

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
export const getQuestionPage = cache(async ({ id, today }: { id: string; today?: string }): Promise<QuestionPage | null> => {
  if (!QUESTION_ID_PATTERN.test(id)) return null;
  const row = await prisma.question.findUnique({ where: { id }, include: questionRecordInclude });
  if (!row) return null;
  const record = reshapeQuestionRecord(row);
  const currentDay = today ?? todayInBrussels();
  return {
    record,
    descriptors: row.descriptors.map(({ descriptor }) => ({ id: descriptor.id, fr: descriptor.labelFr, nl: descriptor.labelNl })),
    status: questionStatus({ askedOn: record.askedOn, answeredOn: record.answer?.receivedOn ?? null, events: record.events }, currentDay),
    timeline: timelineSteps(record.events),
    siblings: await resolveSiblings(record.alsoAskedTo, currentDay),
    reader: {
      question: parallelRows("q", record.question),
      answer: record.answer ? parallelRows("a", record.answer) : null,
    },
  };
});

/** Each sibling id, in the source's order, with its addressee and status when the archive holds it. */
async function resolveSiblings(ids: readonly string[], today: string): Promise<SiblingSummary[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.question.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      askedOn: true,
      answerReceivedOn: true,
      addressee: { select: { titleFr: true, titleNl: true } },
      events: { select: { date: true, kind: true }, orderBy: { position: "asc" } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id): SiblingSummary => {
    const row = byId.get(id);
    if (!row) return { id, isInArchive: false };
    const events = row.events.map((event) => ({ date: isoDate(event.date), kind: event.kind }));
    const answeredOn = row.answerReceivedOn ? isoDate(row.answerReceivedOn) : null;
    return {
      id,
      isInArchive: true,
      addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
      status: questionStatus({ askedOn: isoDate(row.askedOn), answeredOn, events }, today),
    };
  });
}
