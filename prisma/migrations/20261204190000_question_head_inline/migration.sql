-- Keeps the small head vectors (subject and descriptors, search_head_fr/nl) and the other short
-- columns in the question row instead of TOAST (issue 12, item 3).
--
-- With toast_tuple_target = 512 (migration 20261129092000_search_narrow_rows) PostgreSQL moves
-- every compressible column out of line until the row fits in 512 bytes or nothing is left to
-- move, so the head vectors (about 190 bytes each) went to TOAST too, with the subjects, the
-- source path and the content hash. A plain word query never reads them (the GIN index answers
-- it), but a phrase is checked on positions, which the index does not hold: every candidate's
-- head vector was fetched from TOAST, four buffer reads a question (112,000 buffers and 358 ms for
-- "santé publique" at 100,000 questions, against 30 ms for the same two words without the
-- phrase). STORAGE MAIN compresses such a column in place and moves it out only when the row
-- would not fit in a page otherwise. The paragraph arrays and the full vectors stay out of line,
-- so the row grows from about 450 to about 850 bytes. docs/benchmarks.md, "Phrases: the head
-- vectors in the row".
ALTER TABLE question
  ALTER COLUMN search_head_fr SET STORAGE MAIN,
  ALTER COLUMN search_head_nl SET STORAGE MAIN,
  ALTER COLUMN subject_fr SET STORAGE MAIN,
  ALTER COLUMN subject_nl SET STORAGE MAIN,
  ALTER COLUMN source_file SET STORAGE MAIN,
  ALTER COLUMN content_hash SET STORAGE MAIN;

-- A storage setting applies to values written from now on. The questions already loaded are
-- rewritten here (a load skips unchanged documents, so re-seeding would not do it): `|| ''`
-- builds a new value, which is stored under the new setting; the paragraph arrays and the full
-- vectors are not touched and keep their TOAST. It rewrites every row and its index entries:
-- about 2 minutes for 100,000 questions on a 2-core machine (docs/benchmarks.md). The question
-- columns the facet trigger copies are not among these, so question_facet is left alone.
UPDATE question SET
  search_head_fr = search_head_fr || ''::tsvector,
  search_head_nl = search_head_nl || ''::tsvector,
  subject_fr = subject_fr || '',
  subject_nl = subject_nl || '',
  source_file = source_file || '',
  content_hash = content_hash || '';
