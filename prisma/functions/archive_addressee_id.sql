-- The id of an addressee (a portfolio as French and Dutch titles), inserted only when missing;
-- see archive_author_id for why it reads first.
CREATE OR REPLACE FUNCTION archive_addressee_id(p_title_fr TEXT, p_title_nl TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE v_id INTEGER;
BEGIN
  SELECT id INTO v_id FROM addressee WHERE title_fr = p_title_fr AND title_nl = p_title_nl;
  IF NOT FOUND THEN
    INSERT INTO addressee (title_fr, title_nl) VALUES (p_title_fr, p_title_nl)
      ON CONFLICT (title_fr, title_nl) DO NOTHING RETURNING id INTO v_id;
    IF v_id IS NULL THEN
      SELECT id INTO v_id FROM addressee WHERE title_fr = p_title_fr AND title_nl = p_title_nl;
    END IF;
  END IF;
  RETURN v_id;
END;
$$;
