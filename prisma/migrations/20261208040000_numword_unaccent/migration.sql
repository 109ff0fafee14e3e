-- Words of letters and digits ("Énergie2050", "3ème", "België2030") lose their accents as other
-- words do (2026-12-08).
--
-- PostgreSQL's parser reads such a word as a token of its own kinds (numword; numhword and
-- hword_numpart in a hyphenated word), which archive_fr and archive_nl (copies of french and
-- dutch) sent to the simple dictionary alone: the vectors held "énergie2050", while the query
-- side folds accents (foldWord, lib/lexicon/words.ts) and asked for "energie2050", so such a word
-- was found by no search, typed with its accents or without. Mapped through unaccent first, as
-- the other words are.
ALTER TEXT SEARCH CONFIGURATION archive_fr
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, simple;
ALTER TEXT SEARCH CONFIGURATION archive_nl
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, simple;

-- The questions whose vectors hold such a word with an accent are computed again by the current
-- functions; no other question's vectors change. A head vector's words are in its full vector.
SELECT archive_refresh_search(q.id)
FROM question q
WHERE EXISTS (SELECT 1 FROM unnest(q.search_fr) u WHERE u.lexeme ~ '[0-9]' AND archive_unaccent(u.lexeme) <> u.lexeme)
   OR EXISTS (SELECT 1 FROM unnest(q.search_nl) u WHERE u.lexeme ~ '[0-9]' AND archive_unaccent(u.lexeme) <> u.lexeme);
