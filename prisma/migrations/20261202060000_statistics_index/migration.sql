-- The ministers table (every addressee's figures over the whole archive or one legislature)
-- sorted and aggregated all 100,000 rows of question at once: 150-165 ms at 100,000 questions
-- (docs/benchmarks.md, "Statistics pages"). It now reads, for each addressee, its rows of
-- question_facet through this covering index (an index-only scan, in index order), so each
-- addressee's median and 90th percentile sort a few thousand rows in memory.
--
-- question_facet gains reminder_count (the "share reminded" figure); its trigger function moves to
-- prisma/functions/archive_copy_question_facet.sql (the current-state file, decision 0007).
ALTER TABLE question_facet ADD COLUMN reminder_count INTEGER NOT NULL DEFAULT 0;

UPDATE question_facet f SET reminder_count = q.reminder_count FROM question q WHERE q.id = f.id AND q.reminder_count <> 0;

DROP TRIGGER question_facet_copy ON question;
CREATE TRIGGER question_facet_copy
AFTER INSERT OR UPDATE OF legislature, number, session, asked_on, author_id, author_party, addressee_id, status,
                           answer_received_on, reminder_count
ON question FOR EACH ROW EXECUTE FUNCTION archive_copy_question_facet();

CREATE INDEX question_facet_statistics ON question_facet (addressee_id, status, waited_days)
  INCLUDE (asked_on, id, reminder_count, legislature);
