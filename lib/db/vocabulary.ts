/**
 * Writes the archive's vocabulary (search_word, and search_word_lemma to find a word by any of
 * its lemmas): the rows the lexicon describes for words the archive does not hold yet
 * (lib/lexicon/vocabulary.ts). One lookup and one INSERT statement per batch of documents, rows
 * only ever added (ON CONFLICT DO NOTHING), so no row is rewritten by every document that uses a
 * common word. Also rebuilds the vocabulary and the search vectors of an archive loaded
 * before the vocabulary existed. Decision 0011.
 */
import type { Pool } from "pg";
import { loadLexicon } from "@/lib/lexicon/lexicon";
import { describeWord, noWordsSeen, unseenWords, type SeenWords, type VocabularyRow, type WordKey } from "@/lib/lexicon/vocabulary";
import type { QuestionRecord } from "@/lib/source/record";

/** The words one loader run has already handled, so that each is looked up and described once. */
export type VocabularySeen = SeenWords;
export { noWordsSeen };

export async function storeVocabulary(pool: Pool, records: readonly QuestionRecord[], seen: VocabularySeen): Promise<void> {
  const fresh = await notStored(pool, unseenWords(records, seen));
  // The dictionaries are read only when a word is new to the archive (not on a re-seed).
  if (fresh.length === 0) return;
  const lexicon = await loadLexicon();
  await insertRows(pool, fresh.map(({ word, language }) => describeWord(word, language, lexicon)));
}

/** The words the vocabulary does not hold yet. */
async function notStored(pool: Pool, words: readonly WordKey[]): Promise<WordKey[]> {
  if (words.length === 0) return [];
  const { rows } = await pool.query<{ word: string; language: "fr" | "nl" }>(
    `SELECT t.word, t.language FROM unnest($1::text[], $2::text[]) AS t(word, language)
     WHERE NOT EXISTS (SELECT 1 FROM search_word w WHERE w.word = t.word AND w.language = t.language::"Language")`,
    [words.map((key) => key.word), words.map((key) => key.language)],
  );
  return rows;
}

/** The words and, in the same statement, a row for each lemma of the words it added (search_word_lemma). */
async function insertRows(pool: Pool, rows: readonly VocabularyRow[]): Promise<void> {
  await pool.query(
    `WITH added AS (
       INSERT INTO search_word (word, language, lemmas, in_dictionary, in_other_dictionary, compound_head, compound_modifier)
       SELECT word, language::"Language", ARRAY(SELECT jsonb_array_elements_text(lemmas)), in_dictionary, in_other_dictionary, compound_head, compound_modifier
       FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::boolean[], $5::boolean[], $6::text[], $7::text[])
         AS t(word, language, lemmas, in_dictionary, in_other_dictionary, compound_head, compound_modifier)
       ON CONFLICT (word, language) DO NOTHING
       RETURNING word, language, lemmas
     )
     INSERT INTO search_word_lemma (language, lemma, word)
     SELECT language, unnest(lemmas), word FROM added
     ON CONFLICT DO NOTHING`,
    [
      rows.map((row) => row.word),
      rows.map((row) => row.language),
      rows.map((row) => JSON.stringify(row.lemmas)),
      rows.map((row) => row.inDictionary),
      rows.map((row) => row.inOtherDictionary),
      rows.map((row) => row.compoundHead),
      rows.map((row) => row.compoundModifier),
    ],
  );
}

/**
 * For an archive loaded before the vocabulary existed (search_word empty, questions present):
 * recomputes every question's search vectors with the current functions and builds the
 * vocabulary from the stored records, a thousand at a time. Returns how many questions it read.
 */
export async function rebuildSearchData(pool: Pool): Promise<number> {
  const { rows: [state] } = await pool.query<{ has_words: boolean; has_questions: boolean }>(
    "SELECT EXISTS (SELECT 1 FROM search_word) AS has_words, EXISTS (SELECT 1 FROM question) AS has_questions",
  );
  if (!state || state.has_words || !state.has_questions) return 0;
  await pool.query("SELECT archive_refresh_search(id) FROM question");
  const seen = noWordsSeen();
  let after = "";
  let count = 0;
  for (;;) {
    const { rows } = await pool.query<{ id: string; record: QuestionRecord }>(
      "SELECT id, record FROM question_record WHERE id > $1 ORDER BY id LIMIT 1000",
      [after],
    );
    if (rows.length === 0) return count;
    await storeVocabulary(pool, rows.map((row) => row.record), seen);
    count += rows.length;
    after = rows.at(-1)?.id ?? after;
  }
}
