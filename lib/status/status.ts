/**
 * Where a written question stands, the one model that pages, search facets, the JSON API and
 * statistics share:
 *
 * - answered: after so many days (the answer date minus the date asked). An answer published
 *   after the legislature ended still counts as an answer, and says so.
 * - awaiting, or reminded when the author sent reminders: no answer yet while the legislature
 *   runs; the wait is counted to today.
 * - lapsed: no answer when the legislature ended. The Chambers' dissolution closes the
 *   legislature, and with it the question: its wait is counted to that day, not to today, so a
 *   2009 question does not read "awaiting an answer for 6,482 days".
 *
 * Pure: the legislature periods come from legislatures.ts and "today" is a parameter, so every
 * state can be tested with fixed dates and a statistic can be computed "as of" any day.
 * The SQL function archive_question_status mirrors `statusKind` for facets and filters.
 */
import { daysBetween } from "@/lib/reader/days";
import type { QuestionRecord } from "@/lib/source/record";
import { findLegislature, SENATE_LEGISLATURES, type Legislature } from "./legislatures";

export const STATUS_KINDS = ["answered", "reminded", "awaiting", "lapsed"] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

export type QuestionStatus =
  | {
      kind: "answered";
      answeredOn: string;
      days: number;
      reminders: number;
      /** The answer came after the Chambers were dissolved. */
      isAfterLegislatureEnd: boolean;
    }
  | { kind: "awaiting" | "reminded"; days: number; reminders: number }
  | {
      kind: "lapsed";
      /** The dissolution; null when the legislature ended on a day not established (legislatures.ts). */
      legislatureEndedOn: string | null;
      /** Days from asking to the dissolution; null with the day. */
      days: number | null;
      reminders: number;
    };

export type StatusInput = {
  legislature: number;
  askedOn: string;
  answeredOn: string | null;
  reminders: number;
};

/**
 * The status on `today` (YYYY-MM-DD, Brussels' calendar day in the app). A legislature the list
 * does not know (a newer one, or the synthetic corpus's 91) is taken to be running.
 */
export function questionStatus(
  { legislature, askedOn, answeredOn, reminders }: StatusInput,
  today: string,
  legislatures: readonly Legislature[] = SENATE_LEGISLATURES,
): QuestionStatus {
  const end = legislatureEnd(findLegislature(legislature, legislatures), today);
  if (answeredOn !== null) {
    return {
      kind: "answered",
      answeredOn,
      days: Math.max(0, daysBetween(askedOn, answeredOn)),
      reminders,
      isAfterLegislatureEnd: end.hasEnded && end.on !== null && answeredOn > end.on,
    };
  }
  if (end.hasEnded) {
    return {
      kind: "lapsed",
      legislatureEndedOn: end.on,
      days: end.on === null ? null : Math.max(0, daysBetween(askedOn, end.on)),
      reminders,
    };
  }
  // A clock slightly behind the data (or a date in the future) must not show negative days.
  return { kind: reminders > 0 ? "reminded" : "awaiting", days: Math.max(0, daysBetween(askedOn, today)), reminders };
}

/** Whether the legislature had ended on `today`, and on which day if known. */
function legislatureEnd(legislature: Legislature | undefined, today: string): { hasEnded: boolean; on: string | null } {
  const end = legislature?.end;
  if (end === undefined || end.kind === "running") return { hasEnded: false, on: null };
  if (end.kind === "dissolved") return { hasEnded: end.on <= today, on: end.on };
  return { hasEnded: true, on: null };
}

/** The number of "reminder" events of a timeline. */
export function reminderCount(events: readonly { kind: string }[]): number {
  return events.filter((event) => event.kind === "reminder").length;
}

/** The status of a parsed or stored record on `today`. */
export function recordStatus(record: Pick<QuestionRecord, "legislature" | "askedOn" | "answer" | "events">, today: string): QuestionStatus {
  return questionStatus(
    { legislature: record.legislature, askedOn: record.askedOn, answeredOn: record.answer?.receivedOn ?? null, reminders: reminderCount(record.events) },
    today,
  );
}
