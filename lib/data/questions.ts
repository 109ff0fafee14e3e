/** Server-only reads of questions for pages and API routes. */
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
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
      include: { author: true, addressee: true },
    }),
  ]);
  return {
    total,
    questions: rows.map((row) => ({
      id: row.id,
      askedOn: isoDate(row.askedOn),
      subject: { fr: row.subjectFr, nl: row.subjectNl },
      author: { name: row.author.name, party: row.authorParty },
      addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
      answerReceivedOn: row.answerReceivedOn ? isoDate(row.answerReceivedOn) : null,
    })),
  };
}
