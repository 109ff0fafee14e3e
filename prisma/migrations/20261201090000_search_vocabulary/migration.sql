-- Inflection-complete search (issue 8, docs/decisions/0011-inflection-complete-search.md).
--
-- 1. Dutch vectors hold the words as written (accents folded, stop words dropped) instead of
--    Snowball stems: the Dutch stemmer leaves half the plurals apart ("boete"/"boetes") and
--    joins unrelated words ("zon"/"zone"). The query side now asks for every form of a word
--    that the archive holds. French keeps its Snowball stemmer.
CREATE TEXT SEARCH DICTIONARY archive_nl_words (TEMPLATE = pg_catalog.simple, STOPWORDS = dutch);
ALTER TEXT SEARCH CONFIGURATION archive_nl
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, archive_nl_words;
ALTER TEXT SEARCH CONFIGURATION archive_nl
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH archive_nl_words;

-- 2. The vocabulary: every word of the archive, per language, as the loader saw it, with what
--    the dictionaries say about it (computed in Node, lib/lexicon). Rows are only ever added
--    (ON CONFLICT DO NOTHING): no row is rewritten by every document. Read by the query side
--    (forms of a query word, compounds, the language a word belongs to) and by the spelling
--    suggestions (trigrams).
CREATE TABLE search_word (
  word                TEXT NOT NULL,
  language            "Language" NOT NULL,
  -- Dictionary entries this word is an inflected form of ("travaux" -> {travail}).
  lemmas              TEXT[] NOT NULL DEFAULT '{}',
  -- Whether this language's dictionary has the word, and whether only the other one has it
  -- ("politie" met in a French text): such a word does not count as this language's.
  in_dictionary       BOOLEAN NOT NULL,
  in_other_dictionary BOOLEAN NOT NULL,
  -- A Dutch compound's last and first parts, as dictionary entries ("verkeersveiligheid":
  -- veiligheid, verkeer).
  compound_head       TEXT,
  compound_modifier   TEXT,
  PRIMARY KEY (word, language)
);
-- B-trees, not GIN, where a probe must be cheap: a GIN index's pending list (fastupdate) is read
-- whole by every probe until VACUUM merges it, which after a load cost 6 ms per key. The first
-- lemma is indexed; a word with two ("zonen": zone, zoon) is also reached by the spelling rules.
CREATE INDEX search_word_lemma ON search_word (language, (lemmas[1])) WHERE lemmas <> '{}';
CREATE INDEX search_word_compound_head ON search_word (compound_head) WHERE compound_head IS NOT NULL;
CREATE INDEX search_word_compound_modifier ON search_word (compound_modifier) WHERE compound_modifier IS NOT NULL;
-- Trigrams for spelling suggestions; written through at once for the same reason.
CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops) WITH (fastupdate = off);

-- The vectors of what was loaded before (Dutch words as written, names and portfolios in the
-- head) and the vocabulary are rebuilt by the loader's code after this migration, when
-- search_word is empty and the archive is not (lib/db/search-data.ts): the vocabulary needs the
-- dictionaries, which only Node reads.

-- The Dutch query widening of decision 0004 (doubled consonants) is replaced by the forms the
-- query side looks up in the vocabulary; its function files are gone.
DROP FUNCTION IF EXISTS archive_nl_query(TEXT);
DROP FUNCTION IF EXISTS archive_nl_variant(TEXT);
DELETE FROM "_repeatable_migrations" WHERE name IN ('archive_nl_query.sql', 'archive_nl_variant.sql');
