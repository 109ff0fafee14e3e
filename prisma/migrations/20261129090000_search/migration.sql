-- Search (issue 4): narrow derived columns for filters, facets and sorts; small "head"
-- vectors (subject + descriptors) for a cheap first ranking pass; a Dutch query helper; and
-- the write path rewritten so that every derived value is computed in the one INSERT that
-- stores the question (no second UPDATE of the row). See docs/decisions/0004-search-design.md.

-- Derived columns. reminder_count is written by archive_upsert_question (it comes from the
-- timeline); status and asked_year follow from stored columns, so PostgreSQL keeps them.
ALTER TABLE question
  ADD COLUMN reminder_count INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN status TEXT GENERATED ALWAYS AS (
    CASE WHEN answer_received_on IS NOT NULL THEN 'answered'
         WHEN reminder_count > 0 THEN 'reminded'
         ELSE 'awaiting' END) STORED,
  ADD COLUMN asked_year INTEGER GENERATED ALWAYS AS (extract(year FROM asked_on)::INTEGER) STORED,
  -- Days between asking and answering; NULL while unanswered ("longest awaiting" sort).
  ADD COLUMN waited_days INTEGER GENERATED ALWAYS AS (answer_received_on - asked_on) STORED,
  ADD COLUMN search_head_fr TSVECTOR,
  ADD COLUMN search_head_nl TSVECTOR;

CREATE INDEX question_status ON question (status);
CREATE INDEX question_asked_year ON question (asked_year);
CREATE INDEX question_author_party ON question (author_party);
CREATE INDEX question_asked_on_id ON question (asked_on DESC, id);
CREATE INDEX question_search_head_fr ON question USING gin (search_head_fr);
CREATE INDEX question_search_head_nl ON question USING gin (search_head_nl);

-- Subject (A) and descriptors (B) of one language: the head vector.
CREATE FUNCTION archive_head_vector(p_config REGCONFIG, p_subject TEXT, p_descriptors TEXT)
  RETURNS TSVECTOR LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(p_config, p_subject), 'A')
      || setweight(to_tsvector(p_config, coalesce(p_descriptors, '')), 'B')
$$;

-- The full vector extends the head with the question (C) and the answer (D), so the subject
-- and descriptors are parsed once per language, not twice.
CREATE FUNCTION archive_full_vector(p_config REGCONFIG, p_head TSVECTOR, p_question TEXT[], p_answer TEXT[])
  RETURNS TSVECTOR LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_head
      || setweight(to_tsvector(p_config, array_to_string(p_question, E'\n')), 'C')
      || setweight(to_tsvector(p_config, array_to_string(p_answer, E'\n')), 'D')
$$;

-- Recomputes one question's derived search values from its stored rows (backfill and repair;
-- the loader computes them in its INSERT instead).
CREATE OR REPLACE FUNCTION archive_refresh_search(p_id TEXT) RETURNS void
  LANGUAGE sql AS $$
  UPDATE question q SET
    search_head_fr = h.head_fr,
    search_head_nl = h.head_nl,
    search_fr = archive_full_vector('archive_fr', h.head_fr, q.question_fr, q.answer_fr),
    search_nl = archive_full_vector('archive_nl', h.head_nl, q.question_nl, q.answer_nl),
    reminder_count = h.reminders
  FROM (
    SELECT archive_head_vector('archive_fr', qq.subject_fr, d.labels_fr) AS head_fr,
           archive_head_vector('archive_nl', qq.subject_nl, d.labels_nl) AS head_nl,
           (SELECT count(*)::INTEGER FROM timeline_event te
             WHERE te.question_id = p_id AND te.kind = 'reminder') AS reminders
    FROM question qq,
    LATERAL (
      SELECT string_agg(de.label_fr, E'\n' ORDER BY qd.position) AS labels_fr,
             string_agg(de.label_nl, E'\n' ORDER BY qd.position) AS labels_nl
      FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id
      WHERE qd.question_id = p_id
    ) d
    WHERE qq.id = p_id
  ) h
  WHERE q.id = p_id;
$$;

-- The same contract as in the init migration (one call = one statement = one transaction;
-- 'loaded' | 'updated' | 'unchanged'), but the question row is written once, with its search
-- vectors and reminder count, instead of being inserted and then updated by
-- archive_refresh_search (which doubled the heap, TOAST and GIN work per document).
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
  SELECT archive_head_vector('archive_fr', p_record->'subject'->>'fr', string_agg(pair->>'fr', E'\n' ORDER BY ord)),
         archive_head_vector('archive_nl', p_record->'subject'->>'nl', string_agg(pair->>'nl', E'\n' ORDER BY ord))
    INTO v_head_fr, v_head_nl
    FROM jsonb_array_elements(p_record->'descriptors') WITH ORDINALITY AS t(pair, ord);
  SELECT count(*) INTO v_reminders
    FROM jsonb_array_elements(p_record->'events') AS t(event) WHERE event->>'kind' = 'reminder';

  -- "DO UPDATE" rather than "DO NOTHING" so that RETURNING yields the existing row's id.
  INSERT INTO author (name) VALUES (p_record->'author'->>'name')
    ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
    RETURNING id INTO v_author_id;
  INSERT INTO addressee (title_fr, title_nl)
    VALUES (p_record->'addressee'->>'fr', p_record->'addressee'->>'nl')
    ON CONFLICT (title_fr, title_nl) DO UPDATE SET title_fr = EXCLUDED.title_fr
    RETURNING id INTO v_addressee_id;

  INSERT INTO question AS q (
    id, chamber, legislature, number, session, asked_on, original_language,
    author_id, author_party, addressee_id, subject_fr, subject_nl,
    question_fr, question_nl, answer_received_on, answer_fr, answer_nl,
    source_file, content_hash, loaded_at,
    reminder_count, search_head_fr, search_head_nl, search_fr, search_nl)
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
    reminder_count = EXCLUDED.reminder_count,
    search_head_fr = EXCLUDED.search_head_fr, search_head_nl = EXCLUDED.search_head_nl,
    search_fr = EXCLUDED.search_fr, search_nl = EXCLUDED.search_nl;

  DELETE FROM question_descriptor WHERE question_id = v_id;
  DELETE FROM timeline_event WHERE question_id = v_id;
  DELETE FROM sibling_link WHERE question_id = v_id;

  WITH pairs AS (
    SELECT (ord - 1)::INTEGER AS position, pair->>'fr' AS label_fr, pair->>'nl' AS label_nl
    FROM jsonb_array_elements(p_record->'descriptors') WITH ORDINALITY AS t(pair, ord)
  ), stored AS (
    INSERT INTO descriptor (label_fr, label_nl)
      SELECT DISTINCT label_fr, label_nl FROM pairs
      ON CONFLICT (label_fr, label_nl) DO UPDATE SET label_fr = EXCLUDED.label_fr
      RETURNING id, label_fr, label_nl
  )
  INSERT INTO question_descriptor (question_id, position, descriptor_id)
    SELECT v_id, pairs.position, stored.id
    FROM pairs JOIN stored USING (label_fr, label_nl);

  INSERT INTO timeline_event (question_id, position, date, kind)
    SELECT v_id, (ord - 1)::INTEGER, (event->>'date')::DATE, (event->>'kind')::"EventKind"
    FROM jsonb_array_elements(p_record->'events') WITH ORDINALITY AS t(event, ord);

  INSERT INTO sibling_link (question_id, sibling_id, position)
    SELECT v_id, sibling, (ord - 1)::INTEGER
    FROM jsonb_array_elements_text(p_record->'alsoAskedTo') WITH ORDINALITY AS t(sibling, ord);

  RETURN CASE WHEN v_is_new THEN 'loaded' ELSE 'updated' END;
END;
$$;

-- Dutch snowball keeps a doubled final consonant that the singular lacks ("gevangenissen" ->
-- gevangeniss, "gevangenis" -> gevangenis; "bussen" -> buss, "bus" -> bus). Rather than
-- rewriting every stored lexeme (costly at load time), the query side adds the other form:
-- each lexeme ending in a single one of these consonants also matches it doubled, and a
-- doubled one also matches it single. k, d and t are left out: snowball already undoubles them.
CREATE FUNCTION archive_nl_variant(p_lexeme TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT CASE
    WHEN length(p_lexeme) < 3 THEN NULL
    WHEN p_lexeme ~ '([bfglmnprs])\1$' THEN left(p_lexeme, -1)
    WHEN p_lexeme ~ '[aeiouy][bfglmnprs]$' THEN p_lexeme || right(p_lexeme, 1)
  END
$$;

-- websearch_to_tsquery with archive_nl, each lexeme widened to its doubled/undoubled variant.
CREATE FUNCTION archive_nl_query(p_text TEXT) RETURNS TSQUERY
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
  v_query   TSQUERY := websearch_to_tsquery('archive_nl', p_text);
  v_lexeme  TEXT;
  v_variant TEXT;
BEGIN
  FOR v_lexeme IN SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('archive_nl', p_text))) LOOP
    v_variant := archive_nl_variant(v_lexeme);
    IF v_variant IS NOT NULL THEN
      v_query := ts_rewrite(v_query, quote_literal(v_lexeme)::TSQUERY,
                            (quote_literal(v_lexeme) || ' | ' || quote_literal(v_variant))::TSQUERY);
    END IF;
  END LOOP;
  RETURN v_query;
END;
$$;

-- Backfill what was loaded before this migration.
SELECT archive_refresh_search(id) FROM question;
