-- The full vector of one language extends the head (subject A, descriptors B) with the question
-- (C) and the answer (D), so the subject and descriptors are parsed once per language, not twice.
CREATE OR REPLACE FUNCTION archive_full_vector(p_config REGCONFIG, p_head TSVECTOR, p_question TEXT[], p_answer TEXT[])
  RETURNS TSVECTOR LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT p_head
      || setweight(to_tsvector(p_config, array_to_string(p_question, E'\n')), 'C')
      || setweight(to_tsvector(p_config, array_to_string(p_answer, E'\n')), 'D')
$$;
