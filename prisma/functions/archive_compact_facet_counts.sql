-- Folds the log of facet changes (question_facet_change, appended by the trigger in
-- archive_count_question_facet.sql) into the counts by month (question_facet_count) and by year
-- (question_facet_year_count, migration 20261207220000), in one transaction:
-- a reader sees the old counts with the whole log or the new counts with an empty one, never a
-- mix. Writers of question_facet wait for it (EXCLUSIVE conflicts with their appends), readers
-- do not. Returns how many log rows it folded. Run by the loader when a load ends
-- (lib/db/after-load.ts).
CREATE OR REPLACE FUNCTION archive_compact_facet_counts() RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  v_folded INTEGER;
BEGIN
  LOCK TABLE question_facet_change IN EXCLUSIVE MODE;
  SELECT count(*) INTO v_folded FROM question_facet_change;
  IF v_folded = 0 THEN
    RETURN 0;
  END IF;
  INSERT INTO question_facet_count AS c (legislature, addressee_id, author_party, asked_month, asked_year, status, session, questions)
  SELECT legislature, addressee_id, author_party, asked_month, asked_year, status, session, sum(questions)
  FROM question_facet_change
  GROUP BY legislature, addressee_id, author_party, asked_month, asked_year, status, session
  ON CONFLICT (legislature, addressee_id, author_party, asked_month, status, session)
  DO UPDATE SET questions = c.questions + EXCLUDED.questions;
  INSERT INTO question_facet_year_count AS c (legislature, addressee_id, author_party, asked_year, status, session, questions)
  SELECT legislature, addressee_id, author_party, asked_year, status, session, sum(questions)
  FROM question_facet_change
  GROUP BY legislature, addressee_id, author_party, asked_year, status, session
  ON CONFLICT (legislature, addressee_id, author_party, asked_year, status, session)
  DO UPDATE SET questions = c.questions + EXCLUDED.questions;
  DELETE FROM question_facet_change;
  DELETE FROM question_facet_count WHERE questions = 0;
  DELETE FROM question_facet_year_count WHERE questions = 0;
  RETURN v_folded;
END $$;
