/**
 * The one definition of a question id, as the Senate writes it: legislature-number ("5-8902").
 * The parser's record schema, routes, server actions, senate.be links and search all use it,
 * so that an id accepted in one place is accepted everywhere, in one canonical form (no
 * leading zeros, no stray characters; both parts fit PostgreSQL's integer).
 */
import { z } from "zod";

const QUESTION_ID = /^([1-9]\d{0,2})-([1-9]\d{0,6})$/;

export const questionIdSchema = z.string().regex(QUESTION_ID, "expected an id like 5-8902");

export type QuestionNumber = { legislature: number; number: number };

export function isQuestionId(value: string): boolean {
  return QUESTION_ID.test(value);
}

/** "5-8902" -> { legislature: 5, number: 8902 }; null for anything that is not a canonical id. */
export function parseQuestionId(value: string): QuestionNumber | null {
  const match = QUESTION_ID.exec(value);
  return match ? { legislature: Number(match[1]), number: Number(match[2]) } : null;
}

export function formatQuestionId({ legislature, number }: QuestionNumber): string {
  return `${legislature}-${number}`;
}
