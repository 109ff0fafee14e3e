-- A word search says which of its words name an author (lib/search/sql/names.ts): it compared
-- each word with every author's folded name, split into words, on every search: 4.5 ms for the
-- benchmark's 420 authors, run beside the result page, and growing with the members of every
-- legislature the archive holds. The same expression indexed with GIN answers `@>` through the
-- index. (The portfolios, a few dozen titles whose words come from archive_names_text, a function
-- file that may change, are still compared one by one: an index over a function that can be
-- redefined would go stale.)
CREATE INDEX author_name_words ON author USING gin ((regexp_split_to_array(archive_unaccent(lower(name)), '[^[:alnum:]]+')));
