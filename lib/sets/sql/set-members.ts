/**
 * The members of a question's sibling set, in one statement: the question, the numbers it lists
 * as "also asked to", the questions that list it, and what those siblings list in turn (one
 * hop: a set is one question sent to every minister the same day, so every member lists the
 * others, but a source document may miss a line, and a sibling's own links close the gap).
 * Each member comes back with what the grid shows when the archive holds it (addressee,
 * dates, reminders, the answer's first paragraphs); a number the archive does not hold comes
 * back with nulls. Sibling ids are kept as numbers, not foreign keys (schema.prisma), which is
 * why this is a LEFT JOIN.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type SetMemberRow = {
  id: string;
  /** Null when the archive does not hold this number. */
  legislature: number | null;
  asked_on: string | null;
  answered_on: string | null;
  reminder_count: number | null;
  title_fr: string | null;
  title_nl: string | null;
  /** The answer's first paragraphs, at most two per language (the grid shows a few lines). */
  answer_fr: string[] | null;
  answer_nl: string[] | null;
};

export function setMembersSql(id: string): Prisma.Sql {
  return Prisma.sql`
    WITH direct AS (
      SELECT sl.sibling_id AS id FROM sibling_link sl WHERE sl.question_id = ${id}
      UNION
      SELECT sl.question_id FROM sibling_link sl WHERE sl.sibling_id = ${id}
    ), members AS (
      SELECT ${id}::text AS id
      UNION
      SELECT d.id FROM direct d
      UNION
      SELECT sl.sibling_id FROM sibling_link sl JOIN direct d ON sl.question_id = d.id
    )
    SELECT m.id, q.legislature,
           to_char(q.asked_on, 'YYYY-MM-DD') AS asked_on,
           to_char(q.answer_received_on, 'YYYY-MM-DD') AS answered_on,
           q.reminder_count, a.title_fr, a.title_nl,
           CASE WHEN q.answer_received_on IS NULL THEN NULL ELSE q.answer_fr[1:2] END AS answer_fr,
           CASE WHEN q.answer_received_on IS NULL THEN NULL ELSE q.answer_nl[1:2] END AS answer_nl
    FROM members m
    LEFT JOIN question q ON q.id = m.id
    LEFT JOIN addressee a ON a.id = q.addressee_id`;
}
