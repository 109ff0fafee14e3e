-- The archive's schema: questions with their author, addressee, descriptors, timeline and
-- "also asked to" links, plus what search needs (accent-folding French and Dutch text search
-- configurations, weighted tsvectors, trigram indexes for names and portfolios).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index
-- expression; this wrapper pins the dictionary and is declared IMMUTABLE, the usual idiom.
CREATE FUNCTION archive_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Stemming configurations that fold accents first, so "etrangeres" matches "étrangères".
CREATE TEXT SEARCH CONFIGURATION archive_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION archive_fr
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION archive_nl (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION archive_nl
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, dutch_stem;

CREATE TYPE "Chamber" AS ENUM ('senate');
CREATE TYPE "Language" AS ENUM ('fr', 'nl');
CREATE TYPE "EventKind" AS ENUM ('sent', 'reminder', 'answer');

CREATE TABLE author (
  id   SERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE INDEX author_name_trgm ON author USING gin (archive_unaccent(lower(name)) gin_trgm_ops);

CREATE TABLE addressee (
  id       SERIAL PRIMARY KEY,
  title_fr TEXT NOT NULL,
  title_nl TEXT NOT NULL,
  UNIQUE (title_fr, title_nl)
);
CREATE INDEX addressee_title_fr_trgm ON addressee USING gin (archive_unaccent(lower(title_fr)) gin_trgm_ops);
CREATE INDEX addressee_title_nl_trgm ON addressee USING gin (archive_unaccent(lower(title_nl)) gin_trgm_ops);

CREATE TABLE descriptor (
  id       SERIAL PRIMARY KEY,
  label_fr TEXT NOT NULL,
  label_nl TEXT NOT NULL,
  UNIQUE (label_fr, label_nl)
);

CREATE TABLE question (
  id                 TEXT PRIMARY KEY,
  chamber            "Chamber" NOT NULL,
  legislature        INTEGER NOT NULL,
  number             INTEGER NOT NULL,
  session            TEXT NOT NULL,
  asked_on           DATE NOT NULL,
  original_language  "Language" NOT NULL,
  author_id          INTEGER NOT NULL REFERENCES author (id),
  author_party       TEXT NOT NULL,
  addressee_id       INTEGER NOT NULL REFERENCES addressee (id),
  subject_fr         TEXT NOT NULL,
  subject_nl         TEXT NOT NULL,
  question_fr        TEXT[] NOT NULL,
  question_nl        TEXT[] NOT NULL,
  answer_received_on DATE,
  answer_fr          TEXT[] NOT NULL DEFAULT '{}',
  answer_nl          TEXT[] NOT NULL DEFAULT '{}',
  source_file        TEXT NOT NULL,
  content_hash       TEXT NOT NULL,
  loaded_at          TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  search_fr          TSVECTOR,
  search_nl          TSVECTOR,
  UNIQUE (chamber, legislature, number),
  -- An unanswered question has no answer text: the pair says "no answer" one way only.
  CONSTRAINT question_answer_has_date CHECK (
    answer_received_on IS NOT NULL OR (cardinality(answer_fr) = 0 AND cardinality(answer_nl) = 0))
);
CREATE INDEX question_asked_on ON question (asked_on);
CREATE INDEX question_author_id ON question (author_id);
CREATE INDEX question_addressee_id ON question (addressee_id);
CREATE INDEX question_search_fr ON question USING gin (search_fr);
CREATE INDEX question_search_nl ON question USING gin (search_nl);

CREATE TABLE question_descriptor (
  question_id   TEXT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  descriptor_id INTEGER NOT NULL REFERENCES descriptor (id),
  PRIMARY KEY (question_id, position)
);
CREATE INDEX question_descriptor_descriptor_id ON question_descriptor (descriptor_id);

CREATE TABLE timeline_event (
  question_id TEXT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  date        DATE NOT NULL,
  kind        "EventKind" NOT NULL,
  PRIMARY KEY (question_id, position)
);

-- The sibling is a plain number, not a foreign key: it may not be in the archive yet.
CREATE TABLE sibling_link (
  question_id TEXT NOT NULL REFERENCES question (id) ON DELETE CASCADE,
  sibling_id  TEXT NOT NULL,
  position    INTEGER NOT NULL,
  PRIMARY KEY (question_id, sibling_id)
);
CREATE INDEX sibling_link_sibling_id ON sibling_link (sibling_id);

-- Recomputes one question's search vectors, weighted subject (A), descriptors (B),
-- question (C), answer (D), each language with its own stemmer.
CREATE FUNCTION archive_refresh_search(p_id TEXT) RETURNS void
  LANGUAGE sql AS $$
  UPDATE question q SET
    search_fr = setweight(to_tsvector('archive_fr', q.subject_fr), 'A')
             || setweight(to_tsvector('archive_fr', coalesce(d.labels_fr, '')), 'B')
             || setweight(to_tsvector('archive_fr', array_to_string(q.question_fr, E'\n')), 'C')
             || setweight(to_tsvector('archive_fr', array_to_string(q.answer_fr, E'\n')), 'D'),
    search_nl = setweight(to_tsvector('archive_nl', q.subject_nl), 'A')
             || setweight(to_tsvector('archive_nl', coalesce(d.labels_nl, '')), 'B')
             || setweight(to_tsvector('archive_nl', array_to_string(q.question_nl, E'\n')), 'C')
             || setweight(to_tsvector('archive_nl', array_to_string(q.answer_nl, E'\n')), 'D')
  FROM (
    SELECT string_agg(de.label_fr, E'\n' ORDER BY qd.position) AS labels_fr,
           string_agg(de.label_nl, E'\n' ORDER BY qd.position) AS labels_nl
    FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id
    WHERE qd.question_id = p_id
  ) d
  WHERE q.id = p_id;
$$;

-- Writes one validated record (the parser's JSON shape) and everything hanging from it.
-- A single function call is a single statement, hence atomic: a document is stored whole or
-- not at all, in one round trip. Returns 'loaded', 'updated' or 'unchanged' (same content hash).
CREATE FUNCTION archive_upsert_question(p_record JSONB, p_content_hash TEXT, p_source_file TEXT)
  RETURNS TEXT LANGUAGE plpgsql AS $$
DECLARE
  v_id           TEXT := p_record->>'id';
  v_stored_hash  TEXT;
  v_is_new       BOOLEAN;
  v_author_id    INTEGER;
  v_addressee_id INTEGER;
  v_answer       JSONB := p_record->'answer';
  v_has_answer   BOOLEAN := jsonb_typeof(p_record->'answer') = 'object';
BEGIN
  SELECT content_hash INTO v_stored_hash FROM question WHERE id = v_id FOR UPDATE;
  v_is_new := NOT FOUND;
  IF NOT v_is_new AND v_stored_hash = p_content_hash THEN
    RETURN 'unchanged';
  END IF;

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
    source_file, content_hash, loaded_at)
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
    ARRAY(SELECT jsonb_array_elements_text(p_record->'question'->'fr')),
    ARRAY(SELECT jsonb_array_elements_text(p_record->'question'->'nl')),
    CASE WHEN v_has_answer THEN (v_answer->>'receivedOn')::DATE END,
    CASE WHEN v_has_answer THEN ARRAY(SELECT jsonb_array_elements_text(v_answer->'fr')) ELSE '{}' END,
    CASE WHEN v_has_answer THEN ARRAY(SELECT jsonb_array_elements_text(v_answer->'nl')) ELSE '{}' END,
    p_source_file,
    p_content_hash,
    now())
  ON CONFLICT (id) DO UPDATE SET
    chamber = EXCLUDED.chamber, legislature = EXCLUDED.legislature, number = EXCLUDED.number,
    session = EXCLUDED.session, asked_on = EXCLUDED.asked_on,
    original_language = EXCLUDED.original_language, author_id = EXCLUDED.author_id,
    author_party = EXCLUDED.author_party, addressee_id = EXCLUDED.addressee_id,
    subject_fr = EXCLUDED.subject_fr, subject_nl = EXCLUDED.subject_nl,
    question_fr = EXCLUDED.question_fr, question_nl = EXCLUDED.question_nl,
    answer_received_on = EXCLUDED.answer_received_on, answer_fr = EXCLUDED.answer_fr,
    answer_nl = EXCLUDED.answer_nl, source_file = EXCLUDED.source_file,
    content_hash = EXCLUDED.content_hash, loaded_at = EXCLUDED.loaded_at;

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

  PERFORM archive_refresh_search(v_id);
  RETURN CASE WHEN v_is_new THEN 'loaded' ELSE 'updated' END;
END;
$$;
