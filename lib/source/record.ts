/**
 * The public contract of the source parser: the shape of one archived
 * written question, as a zod schema with the TypeScript type inferred from it.
 *
 * The parser validates its final object against this schema, so anything that
 * consumes a QuestionRecord (database seeding, the web app) can rely on the
 * invariants checked here, not only on the static type.
 */
import { z } from "zod";
import { sessionSchema } from "./session";
import { formatQuestionId, questionIdSchema } from "./question-id";

/** A real calendar date written YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();


export const languageSchema = z.enum(["fr", "nl"]);
export type Language = z.infer<typeof languageSchema>;

/** The same short text in French and in Dutch. */
export const bilingualSchema = z.strictObject({
  fr: z.string().min(1),
  nl: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

export const eventKindSchema = z.enum(["sent", "reminder", "answer"]);
export type EventKind = z.infer<typeof eventKindSchema>;

export const timelineEventSchema = z.strictObject({
  date: isoDateSchema,
  kind: eventKindSchema,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const authorSchema = z.strictObject({
  name: z.string().min(1),
  party: z.string().min(1),
});
export type Author = z.infer<typeof authorSchema>;

const paragraphsSchema = z.array(z.string().min(1)).min(1);

/** Paragraph lists: French and Dutch may differ in length (translations are not aligned). */
export const bilingualParagraphsSchema = z.strictObject({
  fr: paragraphsSchema,
  nl: paragraphsSchema,
});
export type BilingualParagraphs = z.infer<typeof bilingualParagraphsSchema>;

export const answerSchema = z.strictObject({
  receivedOn: isoDateSchema,
  fr: paragraphsSchema,
  nl: paragraphsSchema,
});
export type Answer = z.infer<typeof answerSchema>;

export const questionRecordSchema = z
  .strictObject({
    id: questionIdSchema,
    chamber: z.literal("senate"),
    legislature: z.number().int().positive(),
    number: z.number().int().positive(),
    /** See session.ts: "2012-2013" (ordinary), "2010" or "1991-1992E" (extraordinary); sorts as text. */
    session: sessionSchema,
    askedOn: isoDateSchema,
    originalLanguage: languageSchema,
    author: authorSchema,
    addressee: bilingualSchema,
    subject: bilingualSchema,
    descriptors: z.array(bilingualSchema),
    events: z.array(timelineEventSchema).min(1),
    alsoAskedTo: z.array(questionIdSchema),
    question: bilingualParagraphsSchema,
    answer: answerSchema.nullable(),
  })
  .superRefine((record, ctx) => {
    if (record.id !== formatQuestionId(record)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "id must be legislature-number" });
    }
    if (record.alsoAskedTo.includes(record.id)) {
      ctx.addIssue({ code: "custom", path: ["alsoAskedTo"], message: "a question is not also asked to itself" });
    }
    if (new Set(record.alsoAskedTo).size !== record.alsoAskedTo.length) {
      ctx.addIssue({ code: "custom", path: ["alsoAskedTo"], message: "duplicate ids" });
    }
    const answered = record.events.some((event) => event.kind === "answer");
    if (answered !== (record.answer !== null)) {
      ctx.addIssue({ code: "custom", path: ["answer"], message: "answer text and timeline answer event must go together" });
    }
  });

export type QuestionRecord = z.infer<typeof questionRecordSchema>;
