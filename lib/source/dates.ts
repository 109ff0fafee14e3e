/**
 * Dates as the Senate writes them: "30 avril 2013", "30 april 2013" and
 * "30/4/2013". Each parser returns an ISO YYYY-MM-DD string and rejects dates
 * that do not exist on the calendar (31/2/2013), because a record with an
 * impossible date would poison every sort and filter downstream.
 */

/** Thrown with a reason only; the document parser adds file and line. */
export class DateError extends Error {}

const FRENCH_MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

const DUTCH_MONTHS = [
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
] as const;

/** Regex source for a written-out date in either language, for embedding in header patterns. */
export const WRITTEN_DATE_SOURCE = String.raw`(?:1er|\d{1,2})\s+\p{L}+\s+\d{4}`;

export function parseFrenchDate(text: string): string {
  return parseWrittenDate(text, FRENCH_MONTHS, "French");
}

export function parseDutchDate(text: string): string {
  return parseWrittenDate(text, DUTCH_MONTHS, "Dutch");
}

function parseWrittenDate(text: string, months: readonly string[], language: string): string {
  const match = /^(1er|\d{1,2})\s+(\p{L}+)\s+(\d{4})$/u.exec(text.trim());
  if (!match) throw new DateError(`not a ${language} date: "${text}"`);
  const [, day = "", monthName = "", year = ""] = match;
  const month = months.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) throw new DateError(`unknown ${language} month "${monthName}" in "${text}"`);
  // French writes the first of the month as "1er".
  const dayNumber = day === "1er" ? 1 : Number(day);
  return toIsoDate(Number(year), month, dayNumber, text);
}

/** "30/4/2013" (day/month/year, no zero padding required). */
export function parseSlashDate(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) throw new DateError(`not a d/m/yyyy date: "${text}"`);
  const [, day = "", month = "", year = ""] = match;
  return toIsoDate(Number(year), Number(month), Number(day), text);
}

export function toIsoDate(year: number, month: number, day: number, original: string): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!exists || year < 1000) throw new DateError(`impossible date "${original}"`);
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}
