/**
 * Calendar-day arithmetic on ISO dates (YYYY-MM-DD). The archive's dates are calendar days
 * without a time of day, so they are compared as UTC midnights: no daylight-saving hour can
 * turn 61 days into 60.
 */

const MS_PER_DAY = 86_400_000;

function utcDay(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date: ${isoDate}`);
  const [, year, month, day] = match;
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);
}

/** Today's calendar date where the Senate sits, as YYYY-MM-DD. */
export function todayInBrussels(now: Date = new Date()): string {
  return BRUSSELS_DAY.format(now);
}

// en-CA formats as YYYY-MM-DD. Made once: building a formatter with a time zone costs about as
// much as a page's database read.
const BRUSSELS_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day of a DATE column, which the driver returns as midnight UTC. */
export function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
