-- Writes a batch of records (lib/db/seed.ts): many documents per round trip and per commit,
-- each still stored whole or not at all. Every document runs in its own subtransaction (a
-- plpgsql block with an EXCEPTION clause is a savepoint), so a document the database rejects is
-- rolled back alone and reported, and the others of the batch are kept. One commit per batch
-- instead of one per document removes the WAL flush that dominated loading time (decision 0005).
CREATE OR REPLACE FUNCTION archive_upsert_questions(p_records JSONB, p_content_hashes TEXT[], p_source_files TEXT[])
  RETURNS TABLE (ordinal INTEGER, outcome TEXT, error TEXT) LANGUAGE plpgsql AS $$
DECLARE
  v_count INTEGER := jsonb_array_length(p_records);
BEGIN
  FOR i IN 1 .. v_count LOOP
    ordinal := i - 1;
    error := NULL;
    BEGIN
      outcome := archive_upsert_question(p_records->(i - 1), p_content_hashes[i], p_source_files[i]);
    EXCEPTION WHEN deadlock_detected THEN
      -- Two batches inserting the same new author or descriptor: this document's savepoint is
      -- rolled back (releasing its locks) and the loader sends it again in a later batch.
      outcome := 'retry';
      error := SQLERRM;
    WHEN OTHERS THEN
      outcome := NULL;
      error := SQLERRM;
    END;
    RETURN NEXT;
  END LOOP;
END;
$$;
