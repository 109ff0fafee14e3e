/**
 * The sibling set as the set page's grid: one row per member (the question and every number it
 * was also sent under), with its status and delay when the archive holds it, sorted as the URL
 * asks. Pure: rows in, rows out, "today" a parameter, so every order is tested with fixed data.
 */
import { z } from "zod";
import { parseQuestionId } from "@/lib/source/question-id";
import type { Bilingual } from "@/lib/source/record";
import { questionStatus, type QuestionStatus } from "@/lib/status/status";
import type { SetMemberRow } from "./sql/set-members";

/** By number (the Senate's order, the default); by delay, longest or shortest first. */
export const SET_SORTS = ["number", "delay-desc", "delay-asc"] as const;
export type SetSort = (typeof SET_SORTS)[number];

/** ?sort= on the set page: anything else reads as the default, never an error. */
export const setSortSchema = z.enum(SET_SORTS).catch("number");

export function parseSetSort(value: string | string[] | undefined): SetSort {
  return setSortSchema.parse(Array.isArray(value) ? value[0] : value);
}

/** How much of an answer the grid shows: its first lines, cut at a word. */
export const EXCERPT_LENGTH = 240;

export type SetMember =
  | {
      id: string;
      number: number;
      isInArchive: true;
      /** The question whose set this is. */
      isCurrent: boolean;
      addressee: Bilingual;
      askedOn: string;
      status: QuestionStatus;
      /** The answer's first lines, in each language; null when unanswered. */
      answerExcerpt: Bilingual | null;
    }
  | { id: string; number: number; isInArchive: false; isCurrent: false };

export function toSetMembers(rows: readonly SetMemberRow[], currentId: string, today: string): SetMember[] {
  return rows.map((row): SetMember => {
    const number = parseQuestionId(row.id)?.number ?? 0;
    if (row.legislature === null || row.asked_on === null || row.title_fr === null || row.title_nl === null) {
      return { id: row.id, number, isInArchive: false, isCurrent: false };
    }
    const status = questionStatus(
      { legislature: row.legislature, askedOn: row.asked_on, answeredOn: row.answered_on, reminders: row.reminder_count ?? 0 },
      today,
    );
    return {
      id: row.id,
      number,
      isInArchive: true,
      isCurrent: row.id === currentId,
      addressee: { fr: row.title_fr, nl: row.title_nl },
      askedOn: row.asked_on,
      status,
      answerExcerpt: row.answer_fr && row.answer_nl ? { fr: excerpt(row.answer_fr), nl: excerpt(row.answer_nl) } : null,
    };
  });
}

/** The first paragraphs joined, cut before EXCERPT_LENGTH at a space, with an ellipsis when cut. */
export function excerpt(paragraphs: readonly string[], length = EXCERPT_LENGTH): string {
  const text = paragraphs.join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/** Days answered in, or waited so far, or waited until the legislature ended; null when unknown. */
export function memberDelay(member: SetMember): number | null {
  return member.isInArchive ? member.status.days : null;
}

/**
 * The members in the order asked. By delay, the members without one (not in the archive, or
 * lapsed on a day not established) come last whichever the direction: an unknown delay is
 * neither long nor short. Ties keep the Senate's number order.
 */
export function sortSetMembers(members: readonly SetMember[], sort: SetSort): SetMember[] {
  const byNumber = (a: SetMember, b: SetMember) => a.number - b.number;
  if (sort === "number") return [...members].sort(byNumber);
  const direction = sort === "delay-desc" ? -1 : 1;
  return [...members].sort((a, b) => {
    const [delayA, delayB] = [memberDelay(a), memberDelay(b)];
    if (delayA === null || delayB === null) return delayA === delayB ? byNumber(a, b) : delayA === null ? 1 : -1;
    return (delayA - delayB) * direction || byNumber(a, b);
  });
}

/** The set key of a question: its lowest-numbered member, the same for every member of one set. */
export function setKey(id: string, alsoAskedTo: readonly string[]): string {
  let lowest = id;
  let lowestNumber = parseQuestionId(id)?.number ?? Number.POSITIVE_INFINITY;
  for (const sibling of alsoAskedTo) {
    const number = parseQuestionId(sibling)?.number ?? Number.POSITIVE_INFINITY;
    if (number < lowestNumber) [lowest, lowestNumber] = [sibling, number];
  }
  return lowest;
}
