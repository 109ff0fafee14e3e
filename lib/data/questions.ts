/** Server-only reads of questions for pages and API routes. */
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionRecord } from "@/lib/source/record";
import { questionRecordInclude, reshapeQuestionRecord, isoDate } from "./reshape";

/** Question ids as the Senate writes them: legislature-number. */
export const QUESTION_ID_PATTERN = /^[1-9]\d{0,2}-[1-9]\d{0,6}$/;

export const getQuestion = cache(async ({ id }: { id: string }): Promise<QuestionRecord | null> => {
  if (!QUESTION_ID_PATTERN.test(id)) return null;
  const row = await prisma.question.findUnique({ where: { id }, include: questionRecordInclude });
  return row ? reshapeQuestionRecord(row) : null;
});

export type QuestionSummary = {
  id: string;
  askedOn: string;
  subject: { fr: string; nl: string };
  author: { name: string; party: string };
  addressee: { fr: string; nl: string };
  answerReceivedOn: string | null;
};

const summaryInclude = { author: true, addressee: true } satisfies Prisma.QuestionInclude;

export async function listQuestions({ limit = 100, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<{
  total: number;
  questions: QuestionSummary[];
}> {
  const [total, rows] = await Promise.all([
    prisma.question.count(),
    prisma.question.findMany({
      orderBy: [{ askedOn: "desc" }, { id: "asc" }],
      take: limit,
      skip: offset,
      include: summaryInclude,
    }),
  ]);
  return { total, questions: rows.map(toSummary) };
}

function toSummary(row: Prisma.QuestionGetPayload<{ include: typeof summaryInclude }>): QuestionSummary {
  return {
    id: row.id,
    askedOn: isoDate(row.askedOn),
    subject: { fr: row.subjectFr, nl: row.subjectNl },
    author: { name: row.author.name, party: row.authorParty },
    addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
    answerReceivedOn: row.answerReceivedOn ? isoDate(row.answerReceivedOn) : null,
  };
}

export type DescriptorQuestions = {
  descriptor: { id: number; fr: string; nl: string };
  total: number;
  questions: QuestionSummary[];
};

/** A descriptor and the questions filed under it, newest first; null when there is no such descriptor. */
export const listQuestionsWithDescriptor = cache(
  async ({ descriptorId, limit = 100, offset = 0 }: { descriptorId: number; limit?: number; offset?: number }): Promise<DescriptorQuestions | null> => {
    const descriptor = await prisma.descriptor.findUnique({ where: { id: descriptorId } });
    if (!descriptor) return null;
    const where = { descriptors: { some: { descriptorId } } } satisfies Prisma.QuestionWhereInput;
    const [total, rows] = await Promise.all([
      prisma.question.count({ where }),
      prisma.question.findMany({
        where,
        orderBy: [{ askedOn: "desc" }, { id: "asc" }],
        take: limit,
        skip: offset,
        include: summaryInclude,
      }),
    ]);
    return { descriptor: { id: descriptor.id, fr: descriptor.labelFr, nl: descriptor.labelNl }, total, questions: rows.map(toSummary) };
  },
);
