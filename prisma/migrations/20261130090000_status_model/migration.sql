-- The status model (lib/status/status.ts, decision 0009): a question left unanswered when its
-- legislature ended is 'lapsed', no longer 'awaiting'. Whether a legislature has ended is data
-- (the senate_legislature table, filled by prisma/functions/senate_legislatures.sql), which a
-- generated column cannot read: status becomes a stored column, written by the loader through
-- archive_question_status and recomputed by that file whenever the legislature data changes.

CREATE TABLE senate_legislature (
  number        INTEGER PRIMARY KEY CHECK (number > 0),
  first_sitting DATE NOT NULL,
  -- Dissolved (or ended on a day not established, then dissolved_on is NULL).
  has_ended     BOOLEAN NOT NULL,
  dissolved_on  DATE,
  CHECK (dissolved_on IS NULL OR (has_ended AND dissolved_on >= first_sitting))
);

-- Keeps the values computed so far; the legislature file recomputes them (with 'lapsed').
ALTER TABLE question ALTER COLUMN status DROP EXPRESSION;
ALTER TABLE question ALTER COLUMN status SET NOT NULL;
ALTER TABLE question ADD CONSTRAINT question_status_kind
  CHECK (status IN ('answered', 'reminded', 'awaiting', 'lapsed'));

-- Sessions became a search filter and facet (issue 9); a filter on one session alone uses this.
CREATE INDEX question_session ON question (session);
