-- The facet counts of a search without words (issue 12, item 2) read every row of question_facet
-- that passes the filters and group them: 50-60 ms at 100,000 questions and ten times that at a
-- million, growing with the archive. They now read question_facet_count instead: how many
-- questions share each combination of the columns those searches filter and count on, with the
-- date cut to the month (about 32,000 rows at 100,000 questions, bounded by the combinations
-- rather than by the questions). A date filter that starts or ends inside a month reads that
-- month's questions from question_facet itself (lib/search/sql/facet-rows.ts).
--
-- The counts stay exact at every moment without making writers wait for each other: a write of
-- question_facet appends -1 for the old combination and +1 for the new one to
-- question_facet_change (the trigger in prisma/functions/archive_count_question_facet.sql, which
-- also holds archive_compact_facet_counts), readers add that log to the counts, and the loader
-- folds the log into the counts when a load ends (lib/db/after-load.ts). Counting rows kept up to
-- date in place would make two loader connections wait for each other's commit on every
-- combination they share.
CREATE TABLE question_facet_count (
  legislature  INTEGER NOT NULL,
  addressee_id INTEGER NOT NULL,
  author_party TEXT NOT NULL,
  asked_month  DATE NOT NULL,
  asked_year   INTEGER NOT NULL,
  status       TEXT NOT NULL,
  session      TEXT NOT NULL,
  questions    INTEGER NOT NULL,
  PRIMARY KEY (legislature, addressee_id, author_party, asked_month, status, session)
);

CREATE TABLE question_facet_change (
  legislature  INTEGER NOT NULL,
  addressee_id INTEGER NOT NULL,
  author_party TEXT NOT NULL,
  asked_month  DATE NOT NULL,
  asked_year   INTEGER NOT NULL,
  status       TEXT NOT NULL,
  session      TEXT NOT NULL,
  questions    INTEGER NOT NULL
);

INSERT INTO question_facet_count (legislature, addressee_id, author_party, asked_month, asked_year, status, session, questions)
SELECT legislature, addressee_id, author_party, date_trunc('month', asked_on)::date, asked_year, status, session, count(*)
FROM question_facet
GROUP BY legislature, addressee_id, author_party, date_trunc('month', asked_on)::date, asked_year, status, session;
