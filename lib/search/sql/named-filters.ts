/**
 * The minister and author filters name portfolios and members in words ("Justice", "Buitenlandse
 * Zaken", "Taelman"); the search's statements filter by their ids. resolveNamedFilters turns the
 * words into ids in one round trip of its own, run beside the reading of the query's words
 * (lib/search/run.ts), and the filters then carry the ids as a bound array.
 *
 * Why not a subquery inside each statement: PostgreSQL plans such a subquery's result as an
 * unknown list (an InitPlan), so it cannot tell a portfolio with 60 questions from one with
 * 300,000; for a rare one it walked question_facet's date index backwards in search of the newest,
 * 165 to 280 ms at a million questions (docs/benchmarks.md). With the ids as values it reads the
 * portfolio's statistics and fetches that portfolio's rows.
 */
import type { SqlExecutor } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "../parse-params";
import { filterWords } from "../query";

/** Words must each be this close (pg_trgm word_similarity) to some word of the name: one typo in a 7-letter word passes. */
const NAME_SIMILARITY = 0.6;

/** The ids each named filter stands for; null for a filter that is not set (an empty list matches nothing). */
export type NamedFilters = { addresseeIds: number[] | null; authorIds: number[] | null };

export const NO_NAMED_FILTERS: NamedFilters = { addresseeIds: null, authorIds: null };

export async function resolveNamedFilters(query: SqlExecutor, params: Pick<SearchParams, "minister" | "author">): Promise<NamedFilters> {
  if (!params.minister && !params.author) return NO_NAMED_FILTERS;
  const [row] = await query<{ addressee_ids: number[] | null; author_ids: number[] | null }>(Prisma.sql`
    SELECT ${params.minister ? Prisma.sql`ARRAY(${matchingAddressees(params.minister)})` : Prisma.sql`NULL::int[]`} AS addressee_ids,
           ${params.author ? Prisma.sql`ARRAY(${matchingAuthors(params.author)})` : Prisma.sql`NULL::int[]`} AS author_ids`);
  return { addresseeIds: row?.addressee_ids ?? null, authorIds: row?.author_ids ?? null };
}

/**
 * Portfolios named by a minister filter, the first way that finds any: the exact title (what a
 * facet link sends); the titles holding every word of the filter, in French or in Dutch
 * ("Affaires étrangères", "Buitenlandse Zaken", "Justice"); the titles holding every word give
 * or take a typo ("Justise"). In that order, so that a facet link means one portfolio and
 * "Buitenlandse" does not also find its near-twin "Binnenlandse".
 */
function matchingAddressees(filter: string): Prisma.Sql {
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
function matchingAuthors(filter: string): Prisma.Sql {
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
