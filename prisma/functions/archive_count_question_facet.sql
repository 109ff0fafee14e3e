-- Keeps the facet counts of searches without words (question_facet_count, migration
-- 20261204090000_question_facet_count) exact: every write of question_facet appends what it
-- changes to question_facet_change, -1 for the old combination and +1 for the new one. Appending
-- never waits on another writer, where adding to a shared count would wait for the other
-- transaction to commit. Readers add the log to the counts (lib/search/sql/facet-rows.ts);
-- archive_compact_facet_counts folds it into them. The trigger is defined here, with its function.
CREATE OR REPLACE FUNCTION archive_count_question_facet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD.legislature, OLD.addressee_id, OLD.author_party, date_trunc('month', OLD.asked_on), OLD.status, OLD.session)
         IS NOT DISTINCT FROM
         (NEW.legislature, NEW.addressee_id, NEW.author_party, date_trunc('month', NEW.asked_on), NEW.status, NEW.session) THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO question_facet_change (legislature, addressee_id, author_party, asked_month, asked_year, status, session, questions)
    VALUES (OLD.legislature, OLD.addressee_id, OLD.author_party, date_trunc('month', OLD.asked_on)::date, OLD.asked_year,
            OLD.status, OLD.session, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO question_facet_change (legislature, addressee_id, author_party, asked_month, asked_year, status, session, questions)
    VALUES (NEW.legislature, NEW.addressee_id, NEW.author_party, date_trunc('month', NEW.asked_on)::date, NEW.asked_year,
            NEW.status, NEW.session, 1);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER question_facet_count_change
AFTER INSERT OR UPDATE OR DELETE ON question_facet
FOR EACH ROW EXECUTE FUNCTION archive_count_question_facet();
