-- Keeps question_facet, the narrow copy of question's filter, facet, sort and statistics columns,
-- equal to question: run by the trigger question_facet_copy (AFTER INSERT OR UPDATE OF the copied
-- columns; rows removed from question go with ON DELETE CASCADE). An AFTER trigger sees the
-- generated columns' (asked_year, waited_days) new values.
CREATE OR REPLACE FUNCTION archive_copy_question_facet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO question_facet (id, legislature, number, session, asked_on, asked_year, author_id, author_party,
                              addressee_id, status, answer_received_on, waited_days, reminder_count)
  VALUES (NEW.id, NEW.legislature, NEW.number, NEW.session, NEW.asked_on, NEW.asked_year, NEW.author_id, NEW.author_party,
          NEW.addressee_id, NEW.status, NEW.answer_received_on, NEW.waited_days, NEW.reminder_count)
  ON CONFLICT (id) DO UPDATE SET
    legislature = EXCLUDED.legislature, number = EXCLUDED.number, session = EXCLUDED.session,
    asked_on = EXCLUDED.asked_on, asked_year = EXCLUDED.asked_year, author_id = EXCLUDED.author_id,
    author_party = EXCLUDED.author_party, addressee_id = EXCLUDED.addressee_id, status = EXCLUDED.status,
    answer_received_on = EXCLUDED.answer_received_on, waited_days = EXCLUDED.waited_days,
    reminder_count = EXCLUDED.reminder_count;
  RETURN NULL;
END $$;
