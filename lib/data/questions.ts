/** Server-only reads of questions for pages and API routes: one record, and plain lists. */
import "server-only";
import { cache } from "react";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor } from "@/lib/db/sql";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDay } from "@/lib/reader/days";
import { readQuestionRecords, type StoredQuestion } from "@/lib/records/question-records";
import type { StatusKind } from "@/lib/status/status";
import { isQuestionId } from "@/lib/source/question-id";
import type { Bilingual, QuestionRecord } from "@/lib/source/record";

// Cached per request: the question page reads the question for its own data and again for its
// sibling set. React cache() compares arguments by identity, so it takes the id and the client
// themselves, not an options object made anew by each call; callers go through the functions below.
const readStoredQuestion = cache(async (id: string, db: Database): Promise<StoredQuestion | null> => {
  if (!isQuestionId(id)) return null;
  return (await readQuestionRecords(prismaExecutor(db), [id])).get(id) ?? null;
});

/** One stored question (its record and descriptor ids), or null for an id that is malformed or not in the archive. */
export async function getStoredQuestion({ id, db = appDb }: { id: string; db?: Database }): Promise<StoredQuestion | null> {
  return readStoredQuestion(id, db);
}

/** The question in the public record shape (what `npm run parse` prints), or null. */
export async function getQuestion({ id, db = appDb }: { id: string; db?: Database }): Promise<QuestionRecord | null> {
  return (await readStoredQuestion(id, db))?.record ?? null;
}

/** What a list shows of a question: the question summary component's data. */
export type QuestionSummary = {
  id: string;
  askedOn: string;
  subject: Bilingual;
  author: { name: string; party: string };
  addressee: Bilingual;
  answerReceivedOn: string | null;
  status: StatusKind;
};

export type QuestionList = { total: number; questions: QuestionSummary[] };

const summaryInclude = { author: true, addressee: true } satisfies Prisma.QuestionInclude;
type SummaryRow = Prisma.QuestionGetPayload<{ include: typeof summaryInclude }>;

function toSummary(row: SummaryRow): QuestionSummary {
  return {
    id: row.id,
    askedOn: calendarDay(row.askedOn),
    subject: { fr: row.subjectFr, nl: row.subjectNl },
    author: { name: row.author.name, party: row.authorParty },
    addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
    answerReceivedOn: row.answerReceivedOn ? calendarDay(row.answerReceivedOn) : null,
    status: row.status as StatusKind,
  };
}

/** The same summary from a whole record (search hits carry records). */
export function summarizeRecord(record: QuestionRecord, status: StatusKind): QuestionSummary {
  return {
    id: record.id,
    askedOn: record.askedOn,
    subject: record.subject,
    author: record.author,
    addressee: record.addressee,
    answerReceivedOn: record.answer?.receivedOn ?? null,
    status,
  };
}

async function listPage(db: Database, where: Prisma.QuestionWhereInput, limit: number, offset: number): Promise<QuestionList> {
  const [total, rows] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({ where, orderBy: [{ askedOn: "desc" }, { id: "asc" }], take: limit, skip: offset, include: summaryInclude }),
  ]);
  return { total, questions: rows.map(toSummary) };
}

/** The summaries of these questions, newest first; ids not in the archive are left out. */
export async function listQuestionsByIds({ ids, db = appDb }: { ids: readonly string[]; db?: Database }): Promise<QuestionSummary[]> {
  if (ids.length === 0) return [];
  return (await listPage(db, { id: { in: [...ids] } }, ids.length, 0)).questions;
}

/** All questions, newest first, a page at a time. */
export async function listQuestions({ limit = 100, offset = 0, db = appDb }: { limit?: number; offset?: number; db?: Database } = {}): Promise<QuestionList> {
  return listPage(db, {}, limit, offset);
}

export type DescriptorQuestions = QuestionList & { descriptor: Bilingual & { id: number } };

/** A descriptor and the questions filed under it, newest first; null when there is no such descriptor. */
export async function listQuestionsWithDescriptor({
  descriptorId,
  limit = 100,
  offset = 0,
  db = appDb,
}: { descriptorId: number; limit?: number; offset?: number; db?: Database }): Promise<DescriptorQuestions | null> {
  const descriptor = await readDescriptor(descriptorId, db);
  if (!descriptor) return null;
  return { descriptor, ...(await listPage(db, { descriptors: { some: { descriptorId } } }, limit, offset)) };
}

/** A descriptor's French and Dutch labels, or null when there is no such descriptor. */
export async function getDescriptor({ id, db = appDb }: { id: number; db?: Database }): Promise<(Bilingual & { id: number }) | null> {
  return readDescriptor(id, db);
}

/** An addressee's portfolio title in French and Dutch, as printed, or null when there is no such addressee. */
export async function getAddresseeTitle({ id, db = appDb }: { id: number; db?: Database }): Promise<Bilingual | null> {
  const row = await db.addressee.findUnique({ where: { id }, select: { titleFr: true, titleNl: true } });
  return row ? { fr: row.titleFr, nl: row.titleNl } : null;
}

const readDescriptor = cache(async (id: number, db: Database): Promise<(Bilingual & { id: number }) | null> => {
  const row = await db.descriptor.findUnique({ where: { id } });
  return row ? { id: row.id, fr: row.labelFr, nl: row.labelNl } : null;
});
