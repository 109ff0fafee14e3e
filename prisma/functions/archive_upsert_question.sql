-- Writes one validated record (the parser's JSON shape, lib/source/record.ts) and everything
-- hanging from it: the question row with its derived search values (head and full vectors,
-- the head holding the author's name and the portfolio too; reminder count, status as
-- senate_legislatures.sql decides it) computed in the one INSERT, then its descriptors, timeline
-- and "also asked to" links. A single call is a single statement, hence atomic: a document is
-- stored whole or not at all. Returns 'loaded', 'updated', or 'unchanged' when the stored
-- content hash is the same (nothing is written then). The loader calls it through archive_upsert_questions
-- (decisions 0002 and 0005).
CREATE OR REPLACE FUNCTION archive_upsert_question(p_record JSONB, p_content_hash TEXT, p_source_file TEXT)
  RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
  v_id           TEXT := p_record->>'id';
  v_stored_hash  TEXT;
  v_is_new       BOOLEAN;
  v_author_id    INTEGER;
  v_addressee_id INTEGER;
  v_answer       JSONB := p_record->'answer';
  v_has_answer   BOOLEAN := jsonb_typeof(p_record->'answer') = 'object';
  v_question_fr  TEXT[] := ARRAY(SELECT jsonb_array_elements_text(p_record->'question'->'fr'));
  v_question_nl  TEXT[] := ARRAY(SELECT jsonb_array_elements_text(p_record->'question'->'nl'));
  v_answer_fr    TEXT[] := '{}';
  v_answer_nl    TEXT[] := '{}';
  v_head_fr      TSVECTOR;
  v_head_nl      TSVECTOR;
  v_reminders    INTEGER;
BEGIN
  SELECT content_hash INTO v_stored_hash FROM question WHERE id = v_id FOR UPDATE;
  v_is_new := NOT FOUND;
  IF NOT v_is_new AND v_stored_hash = p_content_hash THEN
    RETURN 'unchanged';
  END IF;

  IF v_has_answer THEN
    v_answer_fr := ARRAY(SELECT jsonb_array_elements_text(v_answer->'fr'));
    v_answer_nl := ARRAY(SELECT jsonb_array_elements_text(v_answer->'nl'));
  END IF;
  -- Descriptors, then the author's name and the portfolio (archive_names_text), at weight B.
  SELECT archive_head_vector('archive_fr', p_record->'subject'->>'fr',
           coalesce(string_agg(pair->>'fr', E'\n' ORDER BY ord), '') || E'\n'
           || archive_names_text(p_record->'author'->>'name', p_record->'addressee'->>'fr')),
         archive_head_vector('archive_nl', p_record->'subject'->>'nl',
           coalesce(string_agg(pair->>'nl', E'\n' ORDER BY ord), '') || E'\n'
           || archive_names_text(p_record->'author'->>'name', p_record->'addressee'->>'nl'))
    INTO v_head_fr, v_head_nl
    FROM jsonb_array_elements(p_record->'descriptors') WITH ORDINALITY AS t(pair, ord);
  SELECT count(*) INTO v_reminders
    FROM jsonb_array_elements(p_record->'events') AS t(event) WHERE event->>'kind' = 'reminder';

  v_author_id := archive_author_id(p_record->'author'->>'name');
  v_addressee_id := archive_addressee_id(p_record->'addressee'->>'fr', p_record->'addressee'->>'nl');

  INSERT INTO question AS q (
    id, chamber, legislature, number, session, asked_on, original_language,
    author_id, author_party, addressee_id, subject_fr, subject_nl,
    question_fr, question_nl, answer_received_on, answer_fr, answer_nl,
    source_file, content_hash, loaded_at,
    reminder_count, status, search_head_fr, search_head_nl, search_fr, search_nl)
  VALUES (
    v_id,
    (p_record->>'chamber')::"Chamber",
    (p_record->>'legislature')::INTEGER,
    (p_record->>'number')::INTEGER,
    p_record->>'session',
    (p_record->>'askedOn')::DATE,
    (p_record->>'originalLanguage')::"Language",
    v_author_id,
    p_record->'author'->>'party',
    v_addressee_id,
    p_record->'subject'->>'fr',
    p_record->'subject'->>'nl',
    v_question_fr,
    v_question_nl,
    CASE WHEN v_has_answer THEN (v_answer->>'receivedOn')::DATE END,
    v_answer_fr,
    v_answer_nl,
    p_source_file,
    p_content_hash,
    now(),
    v_reminders,
    archive_question_status((p_record->>'legislature')::INTEGER, (v_answer->>'receivedOn')::DATE, v_reminders),
    v_head_fr,
    v_head_nl,
    archive_full_vector('archive_fr', v_head_fr, v_question_fr, v_answer_fr),
    archive_full_vector('archive_nl', v_head_nl, v_question_nl, v_answer_nl))
  ON CONFLICT (id) DO UPDATE SET
    chamber = EXCLUDED.chamber, legislature = EXCLUDED.legislature, number = EXCLUDED.number,
    session = EXCLUDED.session, asked_on = EXCLUDED.asked_on,
    original_language = EXCLUDED.original_language, author_id = EXCLUDED.author_id,
    author_party = EXCLUDED.author_party, addressee_id = EXCLUDED.addressee_id,
    subject_fr = EXCLUDED.subject_fr, subject_nl = EXCLUDED.subject_nl,
    question_fr = EXCLUDED.question_fr, question_nl = EXCLUDED.question_nl,
    answer_received_on = EXCLUDED.answer_received_on, answer_fr = EXCLUDED.answer_fr,
    answer_nl = EXCLUDED.answer_nl, source_file = EXCLUDED.source_file,
    content_hash = EXCLUDED.content_hash, loaded_at = EXCLUDED.loaded_at,
    reminder_count = EXCLUDED.reminder_count, status = EXCLUDED.status,
    search_head_fr = EXCLUDED.search_head_fr, search_head_nl = EXCLUDED.search_head_nl,
    search_fr = EXCLUDED.search_fr, search_nl = EXCLUDED.search_nl;

  DELETE FROM question_descriptor WHERE question_id = v_id;
  DELETE FROM timeline_event WHERE question_id = v_id;
  DELETE FROM sibling_link WHERE question_id = v_id;

  -- Descriptors already known are only read; missing ones are inserted first.
  INSERT INTO descriptor (label_fr, label_nl)
    SELECT DISTINCT pair->>'fr', pair->>'nl'
    FROM jsonb_array_elements(p_record->'descriptors') AS t(pair)
    WHERE NOT EXISTS (SELECT 1 FROM descriptor de WHERE de.label_fr = pair->>'fr' AND de.label_nl = pair->>'nl')
    ON CONFLICT (label_fr, label_nl) DO NOTHING;
  INSERT INTO question_descriptor (question_id, position, descriptor_id)
    SELECT v_id, (ord - 1)::INTEGER, de.id
    FROM jsonb_array_elements(p_record->'descriptors') WITH ORDINALITY AS t(pair, ord)
    JOIN descriptor de ON de.label_fr = pair->>'fr' AND de.label_nl = pair->>'nl';

  INSERT INTO timeline_event (question_id, position, date, kind)
    SELECT v_id, (ord - 1)::INTEGER, (event->>'date')::DATE, (event->>'kind')::"EventKind"
    FROM jsonb_array_elements(p_record->'events') WITH ORDINALITY AS t(event, ord);

  INSERT INTO sibling_link (question_id, sibling_id, position)
    SELECT v_id, sibling, (ord - 1)::INTEGER
    FROM jsonb_array_elements_text(p_record->'alsoAskedTo') WITH ORDINALITY AS t(sibling, ord);

  RETURN CASE WHEN v_is_new THEN 'loaded' ELSE 'updated' END;
END;
$$;
