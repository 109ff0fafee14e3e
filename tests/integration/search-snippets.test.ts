/**
 * Snippets quote the paragraphs that match, in reading order: a word deep in a long answer is
 * found and marked where ts_headline over the first 20,000 characters of the whole text used to
 * show the text's opening lines instead; two matching paragraphs of three give two fragments; what
 * is read is bounded (a paragraph past HEADLINE_TEXT_LIMIT characters of text, and each one's
 * characters past HEADLINE_PARAGRAPH_LIMIT, are not read for a snippet); a question
 * found through its descriptors alone shows the start of its first paragraph; a search that asks
 * for no snippets finds the same hits and computes none.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchQuestions, type SnippetSegment } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/parse-params";
import { HEADLINE_PARAGRAPH_LIMIT, lexemeStart, lexemeStartsSql, SNIPPET_PARAGRAPHS } from "@/lib/search/sql/result-page";
import { DUTCH_PAIRS, FRENCH_PAIRS } from "../relevance/inflection-pairs";
import { databaseTargets } from "../support/databases";
import { editedArchive } from "../support/edited-documents";

/**
 * A paragraph of about 26,000 characters: what comes after it starts past the old 20,000-character
 * cut. Two rare words sit in it: one near its start, one past HEADLINE_PARAGRAPH_LIMIT.
 */
const LONG_FR = Array.from({ length: 1_300 }, (_, i) => (i === 50 ? "ligne 50 quintavel" : i === 900 ? "ligne 900 zorblax" : `ligne ${i} du tableau`)).join(", ") + ".";
const LONG_NL = Array.from({ length: 1_300 }, (_, i) => `regel ${i} van de tabel`).join(", ") + ".";
/** Another 40,000 characters after the French answer's last paragraph: the paragraph after it starts past HEADLINE_TEXT_LIMIT. */
const LAST_FR = Array.from({ length: 2_000 }, (_, i) => `rang ${i} du relevé`).join(", ") + ".";

const text = (segments: SnippetSegment[] | undefined) => (segments ?? []).map((segment) => segment.text).join("");
const marked = (segments: SnippetSegment[] | undefined) =>
  (segments ?? []).filter((segment) => segment.isMatch).map((segment) => segment.text);

describe.each(databaseTargets())("snippets from the matching paragraphs on $name", ({ create }) => {
  const archive = editedArchive(create, {
    edited: (original) => {
      const edited = original
        // Two French paragraphs of the answer hold "brandolune"; the Dutch ones "klaverwind".
        .replace("Twitter est un outil destiné", "Twitter, brandolune, est un outil destiné")
        .replace("  • Communiqués de presse.", "  • Communiqués de presse brandolune.")
        .replace("Twitter is veeleer gericht", "Twitter, klaverwind, is veeleer gericht")
        // A long table before the last paragraph of each answer, whose word is then far in; that
        // paragraph holds "brandolune" too, a third time.
        .replace("4. Nous n’avons jusqu’ici eu aucune", `${LONG_FR}\n\n4. Plexivor : nous n’avons, brandolune, jusqu’ici eu aucune`)
        .replace("4. Tot nu toe werd geen", `${LONG_NL}\n\n4. Plexivor: tot nu toe werd geen`)
        // Then, after the French answer, more than HEADLINE_TEXT_LIMIT characters in, "vespertil".
        .replace("des instructions claires ont été données.", `des instructions claires ont été données.\n\n${LAST_FR}\n\nVespertil : une dernière remarque.`);

      expect(edited.match(/brandolune|klaverwind|Plexivor|quintavel|zorblax|Vespertil/g)).toHaveLength(9);
      return edited;
    },
  });

  async function snippetsFor(q: string) {
    const outcome = await searchQuestions({ ...parseSearchParams({ q }), db: archive.db });
    expect(outcome.kind).toBe("results");
    if (outcome.kind !== "results") throw new Error(`no results for ${q}`);
    expect(outcome.hits.map((hit) => hit.record.id)).toEqual(["5-8902"]);
    return outcome.hits[0]?.snippets;
  }

  it("quotes a paragraph that starts past 26,000 characters of text, with the word marked", async () => {
    const snippets = await snippetsFor("plexivor");
    expect(marked(snippets?.fr)).toEqual(["Plexivor"]);
    expect(marked(snippets?.nl)).toEqual(["Plexivor"]);
    expect(text(snippets?.fr)).toMatch(/^Plexivor : nous n’avons, brandolune, jusqu’ici eu aucune/);
    expect(text(snippets?.nl)).toMatch(/^Plexivor: tot nu toe werd geen/);
    expect(text(snippets?.fr)).not.toContain("tableau");
  });

  it(`quotes the first ${SNIPPET_PARAGRAPHS} matching paragraphs of three, in reading order, joined by an ellipsis`, async () => {
    const snippets = await snippetsFor("brandolune");
    const fragments = text(snippets?.fr).split(" … ");
    expect(fragments).toHaveLength(2);
    expect(fragments[0]).toMatch(/^Twitter, brandolune, est un outil destiné/);
    expect(fragments[1]).toBe("Communiqués de presse brandolune");
    expect(marked(snippets?.fr)).toEqual(["brandolune", "brandolune"]);
  });

  it("reads a long paragraph up to HEADLINE_PARAGRAPH_LIMIT characters: a word near its start is quoted, one past it is not (the question is still found)", async () => {
    expect(LONG_FR.indexOf("quintavel")).toBeLessThan(HEADLINE_PARAGRAPH_LIMIT);
    expect(LONG_FR.indexOf("zorblax")).toBeGreaterThan(HEADLINE_PARAGRAPH_LIMIT);
    const near = await snippetsFor("quintavel");
    expect(marked(near?.fr)).toEqual(["quintavel"]);
    expect(text(near?.fr)).toContain("ligne 50 quintavel");
    const far = await snippetsFor("zorblax");
    expect(marked(far?.fr)).toEqual([]);
    // No paragraph read for it holds the word: the start of the first paragraph, as for a descriptor match.
    expect(text(far?.fr)).toMatch(/^Ces dernières années, nos entreprises et nos autorités/);
  });

  it("does not read a paragraph that starts past HEADLINE_TEXT_LIMIT characters of text (the question is still found)", async () => {
    const snippets = await snippetsFor("vespertil");
    expect(marked(snippets?.fr)).toEqual([]);
    expect(text(snippets?.fr)).toMatch(/^Ces dernières années, nos entreprises et nos autorités/);
  });

  it("each language quotes its own matching paragraphs", async () => {
    const snippets = await snippetsFor("brandolune OR klaverwind");
    expect(marked(snippets?.nl)).toEqual(["klaverwind"]);
    expect(text(snippets?.nl)).toMatch(/^Twitter, klaverwind, is veeleer gericht/);
    expect(marked(snippets?.fr)).toEqual(["brandolune", "brandolune"]);
  });

  it("finds the start of each word's lexeme in the word, unaccented and in lower case: every word of the French dictionary and of the inflection pairs", async () => {
    const words = [
      ...(await readFile(path.resolve("node_modules/dictionary-fr/index.dic"), "utf8")).split("\n").slice(1).map((line) => ({ language: "fr", word: line.split(/[/\t]/)[0] ?? "" })),
      ...[...FRENCH_PAIRS, ...DUTCH_PAIRS].flatMap((pair) => [{ language: pair.language, word: pair.one }, { language: pair.language, word: pair.other }]),
    ].filter((entry) => /^[\p{L}'’-]+$/u.test(entry.word));
    expect(words.length).toBeGreaterThan(80_000);
    const missed = await archive.pool.query<{ word: string; lexeme: string }>(
      `SELECT w.word, x.lexeme
       FROM unnest($1::text[], $2::text[]) AS w(language, word),
            unnest(to_tsvector(CASE w.language WHEN 'fr' THEN 'archive_fr' ELSE 'archive_nl' END::regconfig, w.word)) AS x
       WHERE strpos(lower(archive_unaccent(w.word)), ${lexemeStart(Prisma.raw("x.lexeme")).sql}) = 0`,
      [words.map((entry) => entry.language), words.map((entry) => entry.word)],
    );
    expect(missed.rows).toEqual([]);
  });

  it("reads each quoted lexeme of a query, quotes and backslashes undoubled", async () => {
    const starts = lexemeStartsSql(Prisma.sql`$$'heureux' <-> ( 'foi' | 'l''arbre' ) & 'a\\\\bcdef' & 'egal':*$$::tsquery`);
    const { rows } = await archive.pool.query<{ lexeme_starts: string[] }>(starts.sql, starts.values);
    expect([...(rows[0]?.lexeme_starts ?? [])].sort()).toEqual(["a\\bcd", "ega", "fo", "heure", "l'arb"]);
  });

  it("shows the start of the first paragraph when only the descriptors match", async () => {
    const snippets = await snippetsFor("sensibilisation");
    expect(marked(snippets?.fr)).toEqual([]);
    expect(text(snippets?.fr)).toMatch(/^Ces dernières années, nos entreprises et nos autorités/);
    expect(text(snippets?.nl)).toMatch(/^Bedrijven en overheden hebben de afgelopen jaren/);
  });

  it("finds the same hits with their rank, and computes no snippet", async () => {
    const parsed = parseSearchParams({ q: "médias sociaux" });
    const [withSnippets, without] = await Promise.all([
      searchQuestions({ ...parsed, db: archive.db }),
      searchQuestions({ ...parsed, withSnippets: false, db: archive.db }),
    ]);
    if (withSnippets.kind !== "results" || without.kind !== "results") throw new Error("expected results");
    expect(without.hits.map((hit) => [hit.record.id, hit.rank])).toEqual(withSnippets.hits.map((hit) => [hit.record.id, hit.rank]));
    expect(withSnippets.hits[0]?.snippets).not.toBeNull();
    expect(without.hits.map((hit) => hit.snippets)).toEqual([null]);
    expect(without.total).toBe(withSnippets.total);
  });
});
