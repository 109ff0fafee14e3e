/**
 * Words of the archive's vocabulary that look like a word the archive does not hold (pg_trgm
 * trigram similarity over search_word, through its trigram index): the candidates for "did you
 * mean". lib/search/suggest.ts picks among them by edit distance.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type SimilarWordRow = { token: string; word: string; similarity: number };

/** Below this trigram similarity a word is not offered (pg_trgm's own default threshold). */
export const MIN_SIMILARITY = 0.3;

export function similarWordsSql(tokens: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT t.token, w.word, w.similarity
    FROM unnest(${tokens}::text[]) AS t(token)
    CROSS JOIN LATERAL (
      SELECT word, max(similarity(word, t.token))::float8 AS similarity
      FROM search_word
      WHERE word % t.token AND similarity(word, t.token) >= ${MIN_SIMILARITY} AND length(word) > 2
        AND (in_dictionary OR NOT in_other_dictionary)
      GROUP BY word
      ORDER BY 2 DESC, word
      LIMIT 20
    ) w`;
}
