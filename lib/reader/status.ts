/**
 * Where a question stands: answered after so many days, or still awaiting an answer for so many
 * days (counted to today, so a page showing it cannot be cached for long), and how many
 * reminders the author sent.
 */
import type { TimelineEvent } from "@/lib/source/record";
import { daysBetween } from "./days";

export type QuestionStatus =
  | { kind: "answered"; answeredOn: string; days: number; reminders: number }
  | { kind: "awaiting"; days: number; reminders: number };

export function questionStatus(
  { askedOn, answeredOn, events }: { askedOn: string; answeredOn: string | null; events: readonly TimelineEvent[] },
  today: string,
): QuestionStatus {
  const reminders = events.filter((event) => event.kind === "reminder").length;
  if (answeredOn !== null) return { kind: "answered", answeredOn, days: daysBetween(askedOn, answeredOn), reminders };
  // A clock slightly behind the data (or a date in the future) must not show negative days.
  return { kind: "awaiting", days: Math.max(0, daysBetween(askedOn, today)), reminders };
}
