/**
 * The one definition of a question id, as the Senate writes it: legislature-number ("5-8902").
 * The parser's record schema, routes, server actions and senate.be links take it in its one
 * canonical form (no leading zeros, no stray characters; both parts fit PostgreSQL's integer),
 * so that an id accepted in one place is accepted everywhere. The search box reads the looser
 * forms people type ("n° 5 - 8902", "8902") with readTypedQuestionNumber, within the same
 * digit limits.
 */
import { z } from "zod";

/** At most this many digits in a legislature and in a number: both fit PostgreSQL's integer. */
const LEGISLATURE_DIGITS = 3;
const NUMBER_DIGITS = 7;

const QUESTION_ID = new RegExp(`^([1-9]\\d{0,${LEGISLATURE_DIGITS - 1}})-([1-9]\\d{0,${NUMBER_DIGITS - 1}})$`);

// As typed in a search box: "5-8902", "8902", "n° 5-8902", "nr. 8902", "#8902", spaces around
// the hyphen, leading zeros (counted within the digit limits).
const TYPED_QUESTION_NUMBER = new RegExp(
  `^(?:n°|no\\.?|nr\\.?|#)?\\s*(?:(\\d{1,${LEGISLATURE_DIGITS}})\\s*-\\s*)?(\\d{1,${NUMBER_DIGITS}})$`,
  "i",
);

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

/** A question number as typed (see TYPED_QUESTION_NUMBER); the legislature is null when none is typed. */
export type TypedQuestionNumber = { legislature: number | null; number: number };

/**
 * "n° 5 - 8902" -> { legislature: 5, number: 8902 }, " 8902 " -> { legislature: null, number: 8902 };
 * null for text that is not a question number alone (number 0 included).
 */
export function readTypedQuestionNumber(text: string): TypedQuestionNumber | null {
  const match = TYPED_QUESTION_NUMBER.exec(text.trim());
  if (!match?.[2] || Number(match[2]) === 0) return null;
  return { legislature: match[1] ? Number(match[1]) : null, number: Number(match[2]) };
}
