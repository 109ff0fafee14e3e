-- A narrow copy of the columns that searches without words filter, count and sort on (issue 12,
-- item 2): about 70 bytes a row where the question row, even with its texts moved to TOAST
-- (20261129092000_search_narrow_rows), is about 540. The facet counts and the sorted page of a
-- search without words read every row that passes the filters; at 100,000 questions that was a
-- scan of the 54 MB question heap, now of this table (docs/benchmarks.md, "Facets from a narrow
-- table"). Word searches keep reading question: their matches come from its GIN indexes.
--
-- Kept by a trigger, in the same transaction as every write of question (the loader, the
-- legislature file that rewrites statuses, a repair), so that it can never disagree with it.
CREATE TABLE question_facet (
  id                 TEXT PRIMARY KEY REFERENCES question (id) ON DELETE CASCADE,
  legislature        INTEGER NOT NULL,
  number             INTEGER NOT NULL,
  session            TEXT NOT NULL,
  asked_on           DATE NOT NULL,
  asked_year         INTEGER NOT NULL,
  author_id          INTEGER NOT NULL,
  author_party       TEXT NOT NULL,
  addressee_id       INTEGER NOT NULL,
  status             TEXT NOT NULL,
  answer_received_on DATE,
  waited_days        INTEGER
);
CREATE INDEX question_facet_asked_on ON question_facet (asked_on);

CREATE FUNCTION archive_copy_question_facet() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO question_facet (id, legislature, number, session, asked_on, asked_year, author_id, author_party,
                              addressee_id, status, answer_received_on, waited_days)
  VALUES (NEW.id, NEW.legislature, NEW.number, NEW.session, NEW.asked_on, NEW.asked_year, NEW.author_id, NEW.author_party,
          NEW.addressee_id, NEW.status, NEW.answer_received_on, NEW.waited_days)
  ON CONFLICT (id) DO UPDATE SET
    legislature = EXCLUDED.legislature, number = EXCLUDED.number, session = EXCLUDED.session,
    asked_on = EXCLUDED.asked_on, asked_year = EXCLUDED.asked_year, author_id = EXCLUDED.author_id,
    author_party = EXCLUDED.author_party, addressee_id = EXCLUDED.addressee_id, status = EXCLUDED.status,
    answer_received_on = EXCLUDED.answer_received_on, waited_days = EXCLUDED.waited_days;
  RETURN NULL;
END $$;

-- Only when a copied column is written (asked_year and waited_days follow asked_on and
-- answer_received_on): a search-vector repair writes nothing here. An AFTER trigger sees the
-- generated columns' new values.
CREATE TRIGGER question_facet_copy
AFTER INSERT OR UPDATE OF legislature, number, session, asked_on, author_id, author_party, addressee_id, status,
                           answer_received_on
ON question FOR EACH ROW EXECUTE FUNCTION archive_copy_question_facet();

INSERT INTO question_facet (id, legislature, number, session, asked_on, asked_year, author_id, author_party,
                            addressee_id, status, answer_received_on, waited_days)
SELECT id, legislature, number, session, asked_on, asked_year, author_id, author_party,
       addressee_id, status, answer_received_on, waited_days
FROM question;
