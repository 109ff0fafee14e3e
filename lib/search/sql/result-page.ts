/**
 * One page of search results: ids in order, with their rank and a highlighted snippet in each
 * language (ts_headline runs on the page's rows only, never on every match).
 *
 * Relevance is ts_rank over the weighted vectors (subject A > descriptors B > question C >
 * answer D), the better of French and Dutch. Ranking every match of a common word would
 * detoast tens of thousands of large vectors, so it is done in two passes. First, candidates
 * in two tiers, each newest first: the matches whose subject or descriptors match (tested on
 * the small "head" vectors, kept in the row), then the other matches; when a Dutch word also
 * reaches its compounds, the same two tiers again for the matches found only through a compound. Second, the
 * first RANK_WINDOW candidates get the full rank and are ordered by it; past the window,
 * results keep the candidate order. A query with at most RANK_WINDOW
 * matches (every query but the very broad ones) is thus in exact full-rank order; a broad one
 * is ranked within its most recent subject/descriptor matches first. No match is dropped: totals and facets count them all.
 * When the first tier alone fills the window, which a common word's does, its newest questions
 * are read newest first and the other matches are not read (rankedIds).
 * See docs/decisions/0004-search-design.md.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchSort } from "../parse-params";
import { anyTerm, type TextPlan } from "../plan";
import { dutchQuery, frenchQuery, noExcludedTerm, textMatch, TRUE, type SearchFilters } from "./filters";

/** Full-rank window: ten pages of exact order; each ranked row costs two detoasted vectors. */
export const RANK_WINDOW = 200;

export type ResultPageRow = { id: string; rank: number | null };
export type HeadlineRow = { id: string; headline: string };

/** ts_headline marks matches with these; the page turns them into <mark>, the API into segments. */
export const MATCH_START = "\u0002";
export const MATCH_END = "\u0003";
/** One fragment per paragraph: a snippet is at most SNIPPET_PARAGRAPHS fragments. */
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=1`;
/** How many matching paragraphs a snippet quotes, in reading order. */
export const SNIPPET_PARAGRAPHS = 2;
/** Joins the fragments of two paragraphs. */
const FRAGMENT_DELIMITER = " … ";

/**
 * Paragraphs starting past this many characters of a question's text (question and answer) are
 * not searched for a snippet: it bounds the work of a page of long answers (tables of figures).
 */
export const HEADLINE_TEXT_LIMIT = 60_000;
/**
 * Of each paragraph, only its first this many characters are tested and highlighted: a table of
 * figures published as one paragraph of a megabyte would otherwise be parsed whole, twice. A word
 * further in is still found by the search (the full vector holds it); it is just not quoted.
 * With the two limits above, a hit costs at most HEADLINE_TEXT_LIMIT + HEADLINE_PARAGRAPH_LIMIT
 * characters of to_tsvector and SNIPPET_PARAGRAPHS × HEADLINE_PARAGRAPH_LIMIT of ts_headline per
 * language, whatever its length.
 */
export const HEADLINE_PARAGRAPH_LIMIT = 10_000;
/** U+E000, a private-use character no document holds. */
const TAG_OPEN_STAND_IN = 0xe000;

type PageOptions = {
  filters: SearchFilters;
  plan: TextPlan | null;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** How many candidates get the full rank before the rest follow in candidate order (RANK_WINDOW by default). */
  rankWindow?: number;
};

/** The French and Dutch tsqueries that rank and highlight: any positive term, compounds included. */
export function rankQueries(plan: TextPlan): { fr: Prisma.Sql; nl: Prisma.Sql } {
  return { fr: frenchQuery(anyTerm(plan, (term) => term.fr)), nl: dutchQuery(anyTerm(plan, (term) => term.nl)) };
}

export function resultPageSql({ filters, plan, sort, offset, limit, rankWindow = RANK_WINDOW }: PageOptions): Prisma.Sql {
  const ordered = plan && sort === "relevance"
    ? rankedIds(filters, plan, offset, limit, rankWindow)
    : sortedIds(filters, sort, offset, limit);
  const queries = plan ? rankQueries(plan) : null;
  const rank = queries
    ? Prisma.sql`coalesce(p.rank, greatest(ts_rank(q.search_fr, ${queries.fr}), ts_rank(q.search_nl, ${queries.nl})))`
    : Prisma.sql`NULL::real`;
  return Prisma.sql`
    WITH page AS (${ordered})
    SELECT q.id, ${rank}::float8 AS rank
    FROM page p JOIN question q ON q.id = p.id
    ORDER BY p.position`;
}

/**
 * Highlighted snippets of one language for the page's ids, quoted from the paragraphs that
 * match. ts_headline parses all the text it is given, which over a whole question and answer was
 * the costliest step of a page; here each paragraph is tested on its own, in reading order, and
 * the scan stops at the second that matches (LIMIT without ORDER BY: unnest yields the paragraphs
 * in order, and a LIMIT stops the scan), so only the chosen paragraphs are highlighted. A
 * question whose text matches nowhere (the words were in its subject or descriptors) shows the
 * start of its first paragraph. Each paragraph is read up to HEADLINE_PARAGRAPH_LIMIT characters,
 * and only those starting before HEADLINE_TEXT_LIMIT. One statement per language lets the two run
 * side by side.
 *
 * Parsing a paragraph (to_tsvector) is what the test costs: for a word found once in a question,
 * every paragraph was parsed in search of a second, about 1.3 ms a hit and a language. A paragraph
 * is now parsed only if its text, folded as the dictionaries fold it (unaccented, lower case),
 * holds the start of one of the query's lexemes (lexemeStart): a string search, a tenth of the
 * cost, which never turns away a paragraph that matches (a lexeme's start is in the word it came
 * from: checked on every word of the French dictionary). The snippets are those of parsing every
 * paragraph (the same for each of the benchmark's queries, docs/benchmarks.md).
 */
export function headlinesSql(language: "fr" | "nl", plan: TextPlan, ids: string[]): Prisma.Sql {
  // Only the terms of this language: a Dutch word marks nothing in the French text.
  const { fr, nl } = rankQueries(plan);
  const tsquery = language === "fr" ? fr : nl;
  const config = language === "fr" ? Prisma.sql`'archive_fr'::regconfig` : Prisma.sql`'archive_nl'::regconfig`;
  const paragraphs = language === "fr" ? Prisma.sql`q.question_fr || q.answer_fr` : Prisma.sql`q.question_nl || q.answer_nl`;
  // The text parser takes "<b>" or "<script>" in a document for markup and drops it from the
  // snippet; "<" stands in as a private-use character while it reads the text, and comes back after.
  const highlight = (text: Prisma.Sql) =>
    Prisma.sql`replace(ts_headline(${config}, replace(${text}, '<', chr(${TAG_OPEN_STAND_IN})), ${tsquery}, ${HEADLINE_OPTIONS}), chr(${TAG_OPEN_STAND_IN}), '<')`;
  // CASE, not AND: the planner orders the conditions of an AND by its own cost estimates, and
  // put the parse first.
  const isCandidate = Prisma.sql`EXISTS (
    SELECT 1 FROM unnest(starts.lexeme_starts) s(start) WHERE strpos(lower(archive_unaccent(t.text)), s.start) > 0)`;
  const matches = Prisma.sql`to_tsvector(${config}, t.text) @@ ${tsquery}`;
  return Prisma.sql`
    WITH starts AS (${lexemeStartsSql(tsquery)})
    SELECT q.id, coalesce(matched.headline, ${highlight(Prisma.sql`left((${paragraphs})[1], ${HEADLINE_PARAGRAPH_LIMIT})`)}, '') AS headline
    FROM question q
    CROSS JOIN starts
    LEFT JOIN LATERAL (
      SELECT string_agg(${highlight(Prisma.sql`p.text`)}, ${FRAGMENT_DELIMITER} ORDER BY p.ord) AS headline
      FROM (
        SELECT t.text, t.ord FROM (
          SELECT left(u.text, ${HEADLINE_PARAGRAPH_LIMIT}) AS text, u.ord, sum(length(u.text)) OVER (ORDER BY u.ord) - length(u.text) AS starts_at
          FROM unnest(${paragraphs}) WITH ORDINALITY u(text, ord)
        ) t
        WHERE t.starts_at < ${HEADLINE_TEXT_LIMIT} AND CASE WHEN ${isCandidate} THEN ${matches} ELSE FALSE END
        LIMIT ${SNIPPET_PARAGRAPHS}
      ) p
    ) matched ON TRUE
    WHERE q.id = ANY(${ids}::text[])`;
}

/**
 * `lexeme_starts`: the start of each lexeme of a tsquery (lexemeStart), to look for in a folded
 * text. The lexemes are read from the tsquery's text, where each is quoted, with a quote or a
 * backslash in it doubled.
 */
export function lexemeStartsSql(tsquery: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT coalesce(array_agg(DISTINCT ${lexemeStart(Prisma.sql`x.lexeme`)}), '{}') AS lexeme_starts
    FROM (
      SELECT replace(replace(m[1], '''''', ''''), repeat(chr(92), 2), chr(92)) AS lexeme
      FROM regexp_matches((${tsquery})::text, '''((?:[^'']|'''')*)''', 'g') AS m
    ) x`;
}

/**
 * The start of a lexeme that the word it came from holds, once unaccented and in lower case: the
 * French stemmer rewrites a word's end ("heureuse" -> heureux, "égaux" -> egal, "évidemment" ->
 * evident) and a final y ("foyer" -> foi, "essayer" -> essai), so the start leaves out a final i,
 * then the last two letters, keeping at least three. Checked on every word of the French
 * dictionary and the hand-written inflection pairs of both languages
 * (tests/integration/search-snippets.test.ts); a Dutch lexeme is the word itself.
 */
export function lexemeStart(lexeme: Prisma.Sql): Prisma.Sql {
  const kept = Prisma.sql`regexp_replace(${lexeme}, 'i$', '')`;
  return Prisma.sql`left(${kept}, greatest(length(${kept}) - 2, least(length(${kept}), 3)))`;
}

/** Orders without a rank: by date or by how long the answer is (or was) awaited. */
function sortedIds(filters: SearchFilters, sort: SearchSort, offset: number, limit: number): Prisma.Sql {
  const order = {
    relevance: Prisma.sql`q.asked_on DESC, q.legislature DESC, q.number DESC`,
    newest: Prisma.sql`q.asked_on DESC, q.legislature DESC, q.number DESC`,
    oldest: Prisma.sql`q.asked_on ASC, q.legislature ASC, q.number ASC`,
    // Unanswered first, oldest first (they have waited longest); then answered ones by how long they took.
    // Two indexes of question_facet hold these expressions as written here, with and without a
    // status first (migration 20261208020000): a change here must be made there too (tested).
    "longest-awaiting": Prisma.sql`(q.answer_received_on IS NULL) DESC, CASE WHEN q.answer_received_on IS NULL THEN q.asked_on END ASC,
      q.waited_days DESC NULLS LAST, q.asked_on ASC, q.legislature ASC, q.number ASC`,
  }[sort];
  return Prisma.sql`
    SELECT q.id, NULL::real AS rank, row_number() OVER (ORDER BY ${order}) AS position
    FROM ${filters.table} q
    WHERE ${allFilters(filters)}
    ORDER BY ${order}
    OFFSET ${offset} LIMIT ${limit}`;
}

function rankedIds(filters: SearchFilters, plan: TextPlan, offset: number, limit: number, rankWindow: number): Prisma.Sql {
  const { fr, nl } = rankQueries(plan);
  const headHoldsATerm = Prisma.sql`(q.search_head_fr @@ ${fr} OR q.search_head_nl @@ ${nl})`;
  // Tier 0 (or 1): the match's subject or descriptors hold a term (or not). The head vectors are
  // small and kept in the row (migration 20261204190000_question_head_inline), so the test costs
  // no read; the full vectors are not read for a plain word (the GIN bitmap answers it without a
  // recheck). When a term also reaches Dutch compounds, the questions found only through a
  // compound come after all the others (tiers 2 and 3), in the choice of the window as in the
  // order past it: otherwise the newest compounds in subjects could fill the window and push a
  // question holding the word itself below them. Which questions hold the words themselves is
  // one more bitmap scan of the GIN indexes for the exact forms, hashed, not a test of every
  // match's full vector.
  const compoundTier = plan.hasCompounds
    ? Prisma.sql`CASE WHEN q.id IN (SELECT q.id FROM question q WHERE ${textMatch(plan, true)}) THEN 0 ELSE 2 END + `
    : Prisma.empty;
  const candidates = Prisma.sql`
    tiered AS MATERIALIZED (
      SELECT q.id, q.asked_on, q.legislature, q.number,
             ${compoundTier}CASE WHEN ${headHoldsATerm} THEN 0 ELSE 1 END AS tier
      FROM question q WHERE ${allFilters(filters)}
    )`;
  const tierOrder = Prisma.sql`tier, asked_on DESC, legislature DESC, number DESC`;
  const windowRows = Prisma.sql`SELECT * FROM tiered ORDER BY ${tierOrder} LIMIT ${rankWindow}`;
  const windowed = (rows: Prisma.Sql) => Prisma.sql`
    windowed AS (
      SELECT w.id, greatest(ts_rank(q.search_fr, ${fr}), ts_rank(q.search_nl, ${nl})) AS rank,
             w.tier < 2 AS is_exact, w.asked_on, w.legislature, w.number
      FROM (${rows}) w
      JOIN question q ON q.id = w.id
    )`;
  // Questions holding the words themselves before those found only through a Dutch compound.
  const windowOrder = Prisma.sql`is_exact DESC, rank DESC, asked_on DESC, legislature DESC, number DESC`;
  if (offset + limit <= rankWindow && plan.groups.length === 1) {
    // The window is the newest rankWindow questions of tier 0 when tier 0 has that many, which a
    // common word's or a common phrase's has: read newest first, testing the head vectors in the
    // row, they are found after a few hundred rows, instead of every match being read and its
    // tier sorted (a third of the archive for a common word). Otherwise the tiers as above.
    // With one group of terms, a head that holds a term is enough to know that the question
    // matches (the full vector begins with the head, filters.ts), but for its excluded terms.
    // With Dutch compounds, tier 0 also holds the word itself: known from the head when it holds
    // it there, otherwise from the full vector, read only for a head that holds just a compound.
    // With several groups, each can be anywhere in the question: those take the tiers.
    const holdsTheWordItself = plan.hasCompounds
      ? Prisma.sql`(q.search_head_fr @@ ${fr} OR q.search_head_nl @@ ${dutchQuery(anyTerm(plan, (term) => term.nlExact))} OR ${textMatch(plan, true)})`
      : TRUE;
    const newestOfTierZero = Prisma.sql`
      newest_of_tier_zero AS MATERIALIZED (
        SELECT q.id, q.asked_on, q.legislature, q.number, 0 AS tier
        FROM question q
        WHERE ${headHoldsATerm} AND ${holdsTheWordItself} AND ${noExcludedTerm(plan)} AND ${filtersButText(filters)}
        ORDER BY q.asked_on DESC, q.legislature DESC, q.number DESC
        LIMIT ${rankWindow}
      )`;
    const isTierZeroFull = Prisma.sql`(SELECT count(*) FROM newest_of_tier_zero) = ${rankWindow}`;
    const rows = Prisma.sql`
      SELECT * FROM newest_of_tier_zero WHERE ${isTierZeroFull}
      UNION ALL
      SELECT * FROM (${windowRows}) t WHERE NOT ${isTierZeroFull}`;
    return Prisma.sql`
      WITH ${newestOfTierZero}, ${candidates}, ${windowed(rows)}
      SELECT id, rank, row_number() OVER (ORDER BY ${windowOrder}) AS position
      FROM windowed ORDER BY ${windowOrder} OFFSET ${offset} LIMIT ${limit}`;
  }
  if (offset + limit <= rankWindow) {
    return Prisma.sql`
      WITH ${candidates}, ${windowed(windowRows)}
      SELECT id, rank, row_number() OVER (ORDER BY ${windowOrder}) AS position
      FROM windowed ORDER BY ${windowOrder} OFFSET ${offset} LIMIT ${limit}`;
  }
  // A page at or past the window's end: the window in full-rank order, then the rest in tier order.
  return Prisma.sql`
    WITH ${candidates}, ${windowed(windowRows)},
    ordered AS (
      SELECT id, rank, row_number() OVER (ORDER BY ${windowOrder}) AS position FROM windowed
      UNION ALL
      SELECT id, NULL::real AS rank, ${rankWindow} + row_number() OVER (ORDER BY ${tierOrder}) AS position
      FROM (SELECT * FROM tiered ORDER BY ${tierOrder} OFFSET ${rankWindow}) rest
    )
    SELECT id, rank, position FROM ordered ORDER BY position OFFSET ${offset} LIMIT ${limit}`;
}

/** Every filter but the words. */
function filtersButText(filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`${filters.others} AND ${filters.minister} AND ${filters.party}
    AND ${filters.dates} AND ${filters.status} AND ${filters.session}`;
}

export function allFilters(filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`${filters.text} AND ${filtersButText(filters)}`;
}
