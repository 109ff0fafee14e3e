/**
 * The WHERE fragments shared by the result page and the facet counts, as Prisma.sql templates:
 * every user value is a bound parameter, never spliced into the SQL text. A filter that is not
 * set is the constant TRUE, which the planner drops.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "../parse-params";
import { filterWords } from "../query";

/** Words must each be this close (pg_trgm word_similarity) to some word of the name: one typo in a 7-letter word passes. */
export const NAME_SIMILARITY = 0.6;

export type SearchFilters = {
  /** Full text: matches the French vector with French stemming or the Dutch one with Dutch stemming. */
  text: Prisma.Sql;
  /** The faceted filters, each separately, so that a facet can leave its own out. */
  minister: Prisma.Sql;
  party: Prisma.Sql;
  dates: Prisma.Sql;
  status: Prisma.Sql;
  session: Prisma.Sql;
  /** The filters that have no facet. */
  others: Prisma.Sql;
};

const TRUE = Prisma.sql`TRUE`;

/** The tsqueries of a text, French and Dutch (with the Dutch doubled-consonant variants). */
export function frenchQuery(text: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('archive_fr', ${text})`;
}
export function dutchQuery(text: string): Prisma.Sql {
  return Prisma.sql`archive_nl_query(${text})`;
}

export function searchFilters(params: SearchParams, text: string | null): SearchFilters {
  return {
    text: text
      ? Prisma.sql`(q.search_fr @@ ${frenchQuery(text)} OR q.search_nl @@ ${dutchQuery(text)})`
      : TRUE,
    minister: params.minister ? Prisma.sql`q.addressee_id IN (${matchingAddressees(params.minister)})` : TRUE,
    party: params.party ? Prisma.sql`lower(q.author_party) = lower(${params.party})` : TRUE,
    dates: Prisma.sql`${params.from ? Prisma.sql`q.asked_on >= ${params.from}::date` : TRUE}
      AND ${params.to ? Prisma.sql`q.asked_on <= ${params.to}::date` : TRUE}`,
    status: params.status ? Prisma.sql`q.status = ${params.status}` : TRUE,
    session: params.session ? Prisma.sql`q.session = ${params.session}` : TRUE,
    others: Prisma.sql`${params.legislature ? Prisma.sql`q.legislature = ${params.legislature}` : TRUE}
      AND ${params.author ? Prisma.sql`q.author_id IN (${matchingAuthors(params.author)})` : TRUE}`,
  };
}

/**
 * Portfolios named by a minister filter, the first way that finds any: the exact title (what a
 * facet link sends); the titles holding every word of the filter, in French or in Dutch
 * ("Affaires étrangères", "Buitenlandse Zaken", "Justice"); the titles holding every word give
 * or take a typo ("Justise"). In that order, so that a facet link means one portfolio and
 * "Buitenlandse" does not also find its near-twin "Binnenlandse".
 */
export function matchingAddressees(filter: string): Prisma.Sql {
  const words = filterWords(filter);
  const titleFr = Prisma.sql`archive_unaccent(lower(a.title_fr))`;
  const titleNl = Prisma.sql`archive_unaccent(lower(a.title_nl))`;
  return firstNonEmpty([
    Prisma.sql`SELECT a.id FROM addressee a WHERE a.title_fr = ${filter} OR a.title_nl = ${filter}`,
    Prisma.sql`SELECT a.id FROM addressee a WHERE ${everyWord(words, titleFr, "exact")} OR ${everyWord(words, titleNl, "exact")}`,
    Prisma.sql`SELECT a.id FROM addressee a WHERE ${everyWord(words, titleFr, "fuzzy")} OR ${everyWord(words, titleNl, "fuzzy")}`,
  ]);
}

/** Authors named by an author filter, the same way: exact name, every word, every word give or take a typo. */
export function matchingAuthors(filter: string): Prisma.Sql {
  const words = filterWords(filter);
  const name = Prisma.sql`archive_unaccent(lower(au.name))`;
  return firstNonEmpty([
    Prisma.sql`SELECT au.id FROM author au WHERE au.name = ${filter}`,
    Prisma.sql`SELECT au.id FROM author au WHERE ${everyWord(words, name, "exact")}`,
    Prisma.sql`SELECT au.id FROM author au WHERE ${everyWord(words, name, "fuzzy")}`,
  ]);
}

/** The ids of the first query that returns any (each later one runs only if all before were empty). */
function firstNonEmpty(tiers: Prisma.Sql[]): Prisma.Sql {
  return Prisma.join(
    tiers.map((tier, index) => {
      const earlier = tiers.slice(0, index).map((previous) => Prisma.sql`NOT EXISTS (${previous})`);
      return earlier.length === 0
        ? Prisma.sql`SELECT id FROM (${tier}) AS tier`
        : Prisma.sql`SELECT id FROM (${tier}) AS tier WHERE ${Prisma.join(earlier, " AND ")}`;
    }),
    " UNION ALL ",
  );
}

function everyWord(words: string[], folded: Prisma.Sql, mode: "exact" | "fuzzy"): Prisma.Sql {
  if (words.length === 0) return Prisma.sql`FALSE`;
  const misses = mode === "exact"
    ? Prisma.sql`strpos(${folded}, w.word) = 0`
    : Prisma.sql`word_similarity(w.word, ${folded}) < ${NAME_SIMILARITY}`;
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM unnest(${words}::text[]) AS w(word) WHERE ${misses})`;
}
