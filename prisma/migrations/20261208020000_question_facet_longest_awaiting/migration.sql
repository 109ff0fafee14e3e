-- The "longest awaiting" order of a search without words (lib/search/sql/result-page.ts,
-- sortedIds): unanswered questions first, oldest first, then answered ones by days waited. No
-- index held that order, so a page of it sorted every question that passed the filters: with
-- "reminded" a fifth of the archive, 140-170 ms at a million questions, and the whole archive
-- without a status filter (docs/benchmarks.md). These two indexes hold the order's expressions
-- exactly as the statement writes them, so that a page reads its first rows in order and stops:
-- one led by status (a status filter is an equality, then the order), one without.
CREATE INDEX question_facet_longest_awaiting_by_status ON question_facet (
  status,
  (answer_received_on IS NULL) DESC,
  (CASE WHEN answer_received_on IS NULL THEN asked_on END),
  waited_days DESC NULLS LAST,
  asked_on, legislature, number
);
CREATE INDEX question_facet_longest_awaiting ON question_facet (
  (answer_received_on IS NULL) DESC,
  (CASE WHEN answer_received_on IS NULL THEN asked_on END),
  waited_days DESC NULLS LAST,
  asked_on, legislature, number
);
