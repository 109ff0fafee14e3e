-- Every lemma of a vocabulary word can be looked up (issue 8, decision 0011, 2026-12-07).
--
-- The index on a word's first lemma (search_word_lemma, on lemmas[1]) found "zonen" from "zone"
-- but not from "zoon", its second lemma. A side table with one row per (language, lemma, word)
-- and a B-tree primary key finds a word from any of its lemmas with one index probe. Not a GIN
-- index on the lemma arrays: a GIN index's pending list is read whole by every probe until
-- VACUUM merges it, which after a load cost 6 ms per key (docs/benchmarks.md). Written by the
-- loader in the same statement as the words (lib/db/vocabulary.ts), only ever added to.
DROP INDEX search_word_lemma;
CREATE TABLE search_word_lemma (
  language "Language" NOT NULL,
  lemma    TEXT NOT NULL,
  word     TEXT NOT NULL,
  PRIMARY KEY (language, lemma, word)
);

-- The vocabulary is described anew by the current lexicon (compounds split by OpenTaal's
-- compounding flags, every lemma of a compound's last part, French past participles, irregular
-- plurals): emptied here, it is rebuilt from the stored records, lemma rows included, by the next
-- `npm run db:migrate` or start (rebuildSearchData in lib/db/vocabulary.ts), as after the
-- migration that created it.
TRUNCATE search_word;
