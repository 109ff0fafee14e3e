/**
 * The public records (lib/source/record.ts) of one page of hits, built by PostgreSQL as JSON in
 * a single statement: one round trip for the page, where the ORM would make one per relation.
 * The integration tests compare it field for field with the parser's output.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionRecord } from "@/lib/source/record";
import type { SearchStatus } from "../parse-params";

export type RecordRow = { id: string; status: SearchStatus; record: QuestionRecord };

export function pageRecordsSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT q.id, q.status, json_build_object(
      'id', q.id,
      'chamber', q.chamber,
      'legislature', q.legislature,
      'number', q.number,
      'session', q.session,
      'askedOn', to_char(q.asked_on, 'YYYY-MM-DD'),
      'originalLanguage', q.original_language,
      'author', json_build_object('name', au.name, 'party', q.author_party),
      'addressee', json_build_object('fr', ad.title_fr, 'nl', ad.title_nl),
      'subject', json_build_object('fr', q.subject_fr, 'nl', q.subject_nl),
      'descriptors', coalesce((
        SELECT json_agg(json_build_object('fr', de.label_fr, 'nl', de.label_nl) ORDER BY qd.position)
        FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id
        WHERE qd.question_id = q.id), '[]'::json),
      'events', coalesce((
        SELECT json_agg(json_build_object('date', to_char(te.date, 'YYYY-MM-DD'), 'kind', te.kind) ORDER BY te.position)
        FROM timeline_event te WHERE te.question_id = q.id), '[]'::json),
      'alsoAskedTo', coalesce((
        SELECT json_agg(sl.sibling_id ORDER BY sl.position) FROM sibling_link sl WHERE sl.question_id = q.id), '[]'::json),
      'question', json_build_object('fr', to_json(q.question_fr), 'nl', to_json(q.question_nl)),
      'answer', CASE WHEN q.answer_received_on IS NULL THEN NULL ELSE json_build_object(
        'receivedOn', to_char(q.answer_received_on, 'YYYY-MM-DD'),
        'fr', to_json(q.answer_fr), 'nl', to_json(q.answer_nl)) END
    ) AS record
    FROM question q
    JOIN author au ON au.id = q.author_id
    JOIN addressee ad ON ad.id = q.addressee_id
    WHERE q.id = ANY(${ids}::text[])`;
}
