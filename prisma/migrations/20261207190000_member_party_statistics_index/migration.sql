-- The members and parties pages grouped every row of question (the wide table, its heap read
-- whole and sorted on disk) by author or by party, and looked up each member's parties with one
-- more heap scan per member: 1.6 s for the members page at 100,000 questions, 0.4 s for the
-- parties page (docs/benchmarks.md, "Members and parties pages"). Like the ministers table
-- (20261202060000_statistics_index), they now read one author's or one party's rows of
-- question_facet through a covering index, in index order: an index-only scan each.
CREATE INDEX question_facet_author_statistics ON question_facet (author_id, status, waited_days)
  INCLUDE (asked_on, id, reminder_count, legislature, author_party);

CREATE INDEX question_facet_party_statistics ON question_facet (author_party, status, waited_days)
  INCLUDE (asked_on, id, reminder_count, legislature, author_id);
