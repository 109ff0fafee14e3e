-- The one reader of records: each question in the public record shape (lib/source/record.ts,
-- what `npm run parse` prints and the JSON API serves), built from the rows by PostgreSQL in a
-- single statement, with the derived search status and the descriptor ids (in the record's
-- descriptor order) that pages need for links. The question page, /api/questions, search hits
-- and exports all read records here (lib/records/question-records.ts); the integration tests compare it
-- field for field with the parser's output. json, not jsonb: it keeps the record's key order.
-- A filter on id is pushed down into the question scan, so reading a page of ids costs one
-- index lookup per question plus its child rows.
-- (CREATE OR REPLACE VIEW may only add columns at the end: to change or drop one, put
-- DROP VIEW IF EXISTS question_record; first.)
CREATE OR REPLACE VIEW question_record AS
SELECT
  q.id,
  q.status,
  json_build_object(
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
    'descriptors', coalesce(d.labels, '[]'::json),
    'events', coalesce((
      SELECT json_agg(json_build_object('date', to_char(te.date, 'YYYY-MM-DD'), 'kind', te.kind) ORDER BY te.position)
      FROM timeline_event te WHERE te.question_id = q.id), '[]'::json),
    'alsoAskedTo', coalesce((
      SELECT json_agg(sl.sibling_id ORDER BY sl.position) FROM sibling_link sl WHERE sl.question_id = q.id), '[]'::json),
    'question', json_build_object('fr', to_json(q.question_fr), 'nl', to_json(q.question_nl)),
    'answer', CASE WHEN q.answer_received_on IS NULL THEN NULL ELSE json_build_object(
      'receivedOn', to_char(q.answer_received_on, 'YYYY-MM-DD'),
      'fr', to_json(q.answer_fr), 'nl', to_json(q.answer_nl)) END
  ) AS record,
  coalesce(d.ids, '{}') AS descriptor_ids
FROM question q
JOIN author au ON au.id = q.author_id
JOIN addressee ad ON ad.id = q.addressee_id
LEFT JOIN LATERAL (
  SELECT json_agg(json_build_object('fr', de.label_fr, 'nl', de.label_nl) ORDER BY qd.position) AS labels,
         array_agg(de.id ORDER BY qd.position) AS ids
  FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id
  WHERE qd.question_id = q.id
) d ON TRUE;
