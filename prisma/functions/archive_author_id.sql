-- The id of an author, inserted only when missing. Reading first (instead of "ON CONFLICT DO
-- UPDATE" on every document) leaves the shared row alone: no dead tuple per load, and no lock
-- waits or deadlocks between concurrent batches over the same popular rows (decision 0005).
CREATE OR REPLACE FUNCTION archive_author_id(p_name TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE v_id INTEGER;
BEGIN
  SELECT id INTO v_id FROM author WHERE name = p_name;
  IF NOT FOUND THEN
    INSERT INTO author (name) VALUES (p_name) ON CONFLICT (name) DO NOTHING RETURNING id INTO v_id;
    IF v_id IS NULL THEN SELECT id INTO v_id FROM author WHERE name = p_name; END IF;
  END IF;
  RETURN v_id;
END;
$$;
