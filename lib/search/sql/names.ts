/**
 * The authors and portfolios whose names hold a word of the query, so that the page can say how
 * a word was taken ("Auteur : Martine Taelman"), comparing whole folded words, never parts of
 * words. An author's name words are found through their GIN index (migration
 * 20261207230000_author_name_words: `@>` on the indexed expression, written here as it is there);
 * the portfolios, a few dozen, are scanned.
 */
import { Prisma } from "@/lib/generated/prisma/client";

export type NameRow = { token: string; kind: "author" | "minister"; fr: string; nl: string };

export function namesSql(tokens: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT t.token, 'author' AS kind, au.name AS fr, au.name AS nl
      FROM unnest(${tokens}::text[]) AS t(token)
      JOIN author au ON regexp_split_to_array(archive_unaccent(lower(au.name)), '[^[:alnum:]]+') @> ARRAY[t.token]
    UNION ALL
    SELECT t.token, 'minister', a.title_fr, a.title_nl
      FROM unnest(${tokens}::text[]) AS t(token)
      JOIN addressee a ON t.token = ANY(regexp_split_to_array(archive_unaccent(lower(archive_names_text('', a.title_fr) || ' ' || archive_names_text('', a.title_nl))), '[^[:alnum:]]+'))
    ORDER BY 2, 3`;
}
