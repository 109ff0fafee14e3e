-- The Senate's legislatures and the status of a question they decide: the SQL side of
-- lib/status (legislatures.ts holds the same periods with their sources; status.ts the same
-- rule; tests keep the two identical). Data and rule share one file because they change
-- together: when a legislature ends, add its dissolution here and in legislatures.ts, and
-- re-applying this file recomputes the stored status of the questions it turns into 'lapsed'.
-- Decision 0009.

DELETE FROM senate_legislature;
INSERT INTO senate_legislature (number, first_sitting, has_ended, dissolved_on) VALUES
  (1, DATE '1995-06-08', TRUE, NULL),  -- dissolved in 1999, day not established
  (2, DATE '1999-07-01', TRUE, DATE '2003-04-10'),
  (3, DATE '2003-06-05', TRUE, DATE '2007-05-02'),
  (4, DATE '2007-06-28', TRUE, DATE '2010-05-07'),
  (5, DATE '2010-07-06', TRUE, DATE '2014-04-28'),
  (6, DATE '2014-07-03', TRUE, DATE '2019-05-23'),
  (7, DATE '2019-07-04', TRUE, DATE '2024-05-27'),
  (8, DATE '2024-07-18', FALSE, NULL);

-- The status on p_today (status.ts): 'answered'; 'lapsed' when unanswered and the legislature had
-- ended; else 'reminded' (a reminder was sent) or 'awaiting'. A legislature the table does not
-- hold (a newer one, the synthetic corpus's 91) is taken to be running.
CREATE OR REPLACE FUNCTION archive_question_status(
  p_legislature INTEGER, p_answered_on DATE, p_reminders INTEGER, p_today DATE DEFAULT current_date)
  RETURNS TEXT LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_answered_on IS NOT NULL THEN 'answered'
    WHEN EXISTS (
      SELECT 1 FROM senate_legislature l
      WHERE l.number = p_legislature AND l.has_ended AND (l.dissolved_on IS NULL OR l.dissolved_on <= p_today)
    ) THEN 'lapsed'
    WHEN p_reminders > 0 THEN 'reminded'
    ELSE 'awaiting'
  END
$$;

-- The days the status counts (status.ts `days`): asked to answered; asked to the dissolution
-- for a lapsed question (NULL when that day is not established); asked to p_today while the
-- question awaits. Never negative.
CREATE OR REPLACE FUNCTION archive_status_days(
  p_legislature INTEGER, p_asked_on DATE, p_answered_on DATE, p_today DATE DEFAULT current_date)
  RETURNS INTEGER LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN p_answered_on IS NOT NULL THEN greatest(0, p_answered_on - p_asked_on)
    -- (greatest() would turn the unknown day's NULL into 0.)
    WHEN l.has_ended AND l.dissolved_on IS NULL THEN NULL
    WHEN l.has_ended AND l.dissolved_on <= p_today THEN greatest(0, l.dissolved_on - p_asked_on)
    ELSE greatest(0, p_today - p_asked_on)
  END
  FROM (SELECT 1) AS one LEFT JOIN senate_legislature l ON l.number = p_legislature
$$;

-- The stored status (search filters and facets) after a change to the periods or the rule.
UPDATE question q
  SET status = archive_question_status(q.legislature, q.answer_received_on, q.reminder_count)
  WHERE q.status IS DISTINCT FROM archive_question_status(q.legislature, q.answer_received_on, q.reminder_count);

-- The statuses just rewritten reached the facet counts' log through question_facet's trigger;
-- fold it now, as a load does when it ends (archive_compact_facet_counts.sql, applied before this
-- file), so that the log does not wait for the next load while searches without words read it.
SELECT archive_compact_facet_counts();
