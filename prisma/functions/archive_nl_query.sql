-- The Dutch tsquery of a search text: websearch_to_tsquery with archive_nl (words, "phrases",
-- OR, -exclusions; never a syntax error), each lexeme widened to its doubled/undoubled variant
-- (archive_nl_variant).
CREATE OR REPLACE FUNCTION archive_nl_query(p_text TEXT) RETURNS TSQUERY
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
