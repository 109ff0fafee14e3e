/**
 * The parliamentary session a question was asked in, as the record keeps it: one string that
 * says which session it is, tells an extraordinary session from an ordinary one, and sorts in
 * chronological order as plain text.
 *
 * - An ordinary session runs from the second Tuesday of October (Constitution, art. 44) to the
 *   next October and always spans two years: "2012-2013", as before (existing values unchanged).
 * - After elections the new Senate sits in an extraordinary session until the next ordinary
 *   session opens. Elections in May or June give a session within one year, printed
 *   "Session extraordinaire 2010 Buitengewone zitting 2010" and kept as "2010": a single year is
 *   always an extraordinary session, since an ordinary one never fits in one year.
 * - Elections late in the year give an extraordinary session over two years (1991-1992, after
 *   the elections of November 1991), kept as "1991-1992E" so that it stays apart from the
 *   ordinary session of the same years.
 *
 * Sorted as text (code-point order, as JavaScript's default sort and COLLATE "C"; also under
 * linguistic collations, which compare the digits first) the forms follow the calendar:
 * "2009-2010" < "2010" < "2010-2011", and "1991-1992" < "1991-1992E" < "1992-1993".
 */
import { z } from "zod";

export type SessionKind = "ordinary" | "extraordinary";

export type Session = { kind: SessionKind; startYear: number; endYear: number };

const SESSION_FORM = /^(\d{4})(?:-(\d{4})(E?))?$/;

/** The stored form of a session, or a reason why these years cannot be one. */
export function sessionForm(session: Session): { form: string } | { problem: string } {
  const { kind, startYear, endYear } = session;
  const years = startYear === endYear ? String(startYear) : `${startYear}-${endYear}`;
  if (endYear !== startYear && endYear !== startYear + 1) return { problem: `session "${years}" does not span two consecutive years` };
  if (kind === "ordinary") {
    return endYear === startYear + 1
      ? { form: years }
      : { problem: `an ordinary session spans two consecutive years, not "${years}" alone` };
  }
  return { form: endYear === startYear ? years : `${years}E` };
}

/** Reads a stored form back; null for anything that is not one. */
export function readSession(form: string): Session | null {
  const match = SESSION_FORM.exec(form);
  if (!match) return null;
  const startYear = Number(match[1]);
  if (match[2] === undefined) return { kind: "extraordinary", startYear, endYear: startYear };
  const endYear = Number(match[2]);
  if (endYear !== startYear + 1) return null;
  return { kind: match[3] === "E" ? "extraordinary" : "ordinary", startYear, endYear };
}

export const sessionSchema = z
  .string()
  .regex(SESSION_FORM, 'expected a session like "2012-2013" (ordinary), "2010" or "1991-1992E" (extraordinary)')
  .refine((form) => readSession(form) !== null, "session years must be consecutive");

/** The years as a reader writes them: "2010", "2012-2013", "1991-1992". */
export function sessionYears(form: string): string {
  const session = readSession(form);
  if (!session) return form;
  return session.startYear === session.endYear ? String(session.startYear) : `${session.startYear}-${session.endYear}`;
}

export type SessionLabelLanguage = "fr" | "nl" | "en";

/**
 * "session extraordinaire 2010", "buitengewone zitting 2010", "extraordinary session 2010";
 * "session 2012-2013", "zitting 2012-2013". The one place these words are written, for pages,
 * facets and the JSON API alike. `compact` leaves the word out of an ordinary session
 * ("2012-2013") where a heading already says "Session". A form that is not a session is
 * returned as it is.
 */
export function sessionLabel(form: string, language: SessionLabelLanguage, { compact = false }: { compact?: boolean } = {}): string {
  const session = readSession(form);
  if (!session) return form;
  const years = sessionYears(form);
  if (compact && session.kind === "ordinary") return years;
  const words = {
    fr: { ordinary: "session", extraordinary: "session extraordinaire" },
    nl: { ordinary: "zitting", extraordinary: "buitengewone zitting" },
    en: { ordinary: "session", extraordinary: "extraordinary session" },
  }[language][session.kind];
  return `${words} ${years}`;
}
