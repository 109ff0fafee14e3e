/** The timeline of a question (sent, reminders, answer) with the days elapsed between consecutive events. */
import type { TimelineEvent } from "@/lib/source/record";
import { daysBetween } from "./days";

export type TimelineStep = TimelineEvent & {
  /** Days since the previous event; null for the first. */
  daysSincePrevious: number | null;
};

export function timelineSteps(events: readonly TimelineEvent[]): TimelineStep[] {
  return events.map((event, index) => {
    const previous = index > 0 ? events[index - 1] : undefined;
    return { ...event, daysSincePrevious: previous ? daysBetween(previous.date, event.date) : null };
  });
}
