-- Keeps the question table's main rows narrow, so that a search matching half the archive
-- reads a few thousand heap pages for its facet and sort columns instead of twenty thousand.
-- By default PostgreSQL shrinks a row only to about 2 kB, so the paragraph arrays stayed
-- inline (about 1.5 kB per row, 150 MB for 100,000 questions); with a 512-byte target they
-- move to TOAST (read only when a question is shown or highlighted) and the rows shrink to a
-- few hundred bytes. Applies to rows written from now on; an existing archive narrows as it
-- is re-seeded (or at once: UPDATE every row, then VACUUM FULL question).
-- See docs/decisions/0004-search-design.md.
ALTER TABLE question SET (toast_tuple_target = 512);
