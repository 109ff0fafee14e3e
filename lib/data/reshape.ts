/**
 * Turns stored rows back into the public record shape (the parser's output, which the JSON API
 * and exports share), so that what goes in comes out field for field.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionRecord } from "@/lib/source/record";

export const questionRecordInclude = {
  author: true,
  addressee: true,
  descriptors: { orderBy: { position: "asc" }, include: { descriptor: true } },
  events: { orderBy: { position: "asc" } },
  siblings: { orderBy: { position: "asc" } },
} satisfies Prisma.QuestionInclude;

export type QuestionRow = Prisma.QuestionGetPayload<{ include: typeof questionRecordInclude }>;

/** A DATE column comes back as midnight UTC; the calendar day is all it means. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function reshapeQuestionRecord(row: QuestionRow): QuestionRecord {
  return {
    id: row.id,
    chamber: row.chamber,
    legislature: row.legislature,
    number: row.number,
    session: row.session,
    askedOn: isoDate(row.askedOn),
    originalLanguage: row.originalLanguage,
    author: { name: row.author.name, party: row.authorParty },
    addressee: { fr: row.addressee.titleFr, nl: row.addressee.titleNl },
    subject: { fr: row.subjectFr, nl: row.subjectNl },
    descriptors: row.descriptors.map(({ descriptor }) => ({ fr: descriptor.labelFr, nl: descriptor.labelNl })),
    events: row.events.map((event) => ({ date: isoDate(event.date), kind: event.kind })),
    alsoAskedTo: row.siblings.map((sibling) => sibling.siblingId),
    question: { fr: row.questionFr, nl: row.questionNl },
    answer: row.answerReceivedOn
      ? { receivedOn: isoDate(row.answerReceivedOn), fr: row.answerFr, nl: row.answerNl }
      : null,
  };
}
