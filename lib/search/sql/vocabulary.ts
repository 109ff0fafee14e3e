/**
 * One statement that answers, for every token of a query and each language, what the archive's
 * vocabulary (search_word) holds: the token itself and its rule-made candidate forms, the words
 * that share its dictionary lemma, and (Dutch) the compounds that end or start with it; and
 * whether the token is a stop word of that language's configuration. Index lookups only (primary
 * keys of search_word and search_word_lemma, the compound B-trees): a fraction of a millisecond per token.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type VocabularyMatch = {
  token: string;
  language: "fr" | "nl";
  word: string;
  lemmas: string[];
  in_dictionary: boolean;
  in_other_dictionary: boolean;
  /** "self": the token; "rule": a rule-made form; "lemma": shares a lemma; "compound": a compound. */
  how: "self" | "rule" | "lemma" | "compound";
};

export type StopWordRow = { token: string; is_stop_fr: boolean; is_stop_nl: boolean };

export type Candidate = { token: string; language: "fr" | "nl"; form: string };

export function vocabularySql(candidates: readonly Candidate[]): Prisma.Sql {
  return Prisma.sql`
    WITH input AS (
      SELECT token, language::"Language" AS language, form
      FROM unnest(${candidates.map((c) => c.token)}::text[], ${candidates.map((c) => c.language)}::text[], ${candidates.map((c) => c.form)}::text[])
        AS t(token, language, form)
    ), direct AS (
      SELECT i.token, w.language, w.word, w.lemmas, w.in_dictionary, w.in_other_dictionary,
             CASE WHEN w.word = i.token THEN 'self' ELSE 'rule' END AS how
      FROM input i JOIN search_word w ON w.word = i.form AND w.language = i.language
    ), keys AS (
      SELECT DISTINCT token, language, key FROM (
        SELECT token, language, token AS key FROM input
        UNION ALL
        SELECT token, language, unnest(lemmas) FROM direct WHERE how = 'self'
      ) k
    )
    SELECT token, language::text AS language, word, lemmas, in_dictionary, in_other_dictionary, how FROM direct
    UNION ALL
    -- LATERAL, one index probe per key: as a join the planner scans the whole vocabulary.
    SELECT k.token, w.language::text, w.word, w.lemmas, w.in_dictionary, w.in_other_dictionary, 'lemma'
      FROM keys k CROSS JOIN LATERAL (
        SELECT s.* FROM search_word_lemma l JOIN search_word s ON s.word = l.word AND s.language = l.language
        WHERE l.language = k.language AND l.lemma = k.key
        UNION
        SELECT * FROM search_word s WHERE s.language = k.language AND s.word = k.key
      ) w
    UNION ALL
    SELECT k.token, w.language::text, w.word, w.lemmas, w.in_dictionary, w.in_other_dictionary, 'compound'
      FROM keys k CROSS JOIN LATERAL (
        SELECT * FROM search_word s WHERE k.language = 'nl' AND s.language = 'nl' AND s.compound_head = k.key
        UNION
        SELECT * FROM search_word s WHERE k.language = 'nl' AND s.language = 'nl' AND s.compound_modifier = k.key
      ) w`;
}

/** Whether each token is a stop word in French and in Dutch (the configurations drop those). */
export function stopWordsSql(tokens: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT token, to_tsvector('archive_fr', token) = ''::tsvector AS is_stop_fr,
           to_tsvector('archive_nl', token) = ''::tsvector AS is_stop_nl
    FROM unnest(${tokens}::text[]) AS t(token)`;
}
