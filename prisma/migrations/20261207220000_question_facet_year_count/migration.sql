-- The facet counts of a search without words and without dates read question_facet_count, whose
-- combinations hold the month (for the date filters), and grouped them by year on every search:
-- 32,420 rows into 9,325 groups at 100,000 questions, two thirds of the facet statement's time
-- (docs/benchmarks.md, "Facet counts by year"). Most such searches (a minister, a party, a
-- status, a legislature, every minister's, member's and party's page) have no date filter, and
-- need only the year: question_facet_year_count holds the same counts by year. It is kept as
-- question_facet_count is: readers add the log (question_facet_change, which has asked_year)
-- and archive_compact_facet_counts folds the log into both tables in one transaction, so the two
-- always stand for the same questions (lib/search/sql/facet-rows.ts).
CREATE TABLE question_facet_year_count (
  legislature  INTEGER NOT NULL,
  addressee_id INTEGER NOT NULL,
  author_party TEXT NOT NULL,
  asked_year   INTEGER NOT NULL,
  status       TEXT NOT NULL,
  session      TEXT NOT NULL,
  questions    INTEGER NOT NULL,
  PRIMARY KEY (legislature, addressee_id, author_party, asked_year, status, session)
);

-- The log is left as it is: readers add it to both tables alike.
INSERT INTO question_facet_year_count (legislature, addressee_id, author_party, asked_year, status, session, questions)
SELECT legislature, addressee_id, author_party, asked_year, status, session, sum(questions)
FROM question_facet_count
GROUP BY legislature, addressee_id, author_party, asked_year, status, session;
