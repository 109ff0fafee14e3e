/**
 * The vocabulary's lemma rows (search_word_lemma, decision 0011): the loader writes a row for each
 * lemma of each new word, the query side finds a word by any of them, and rebuilding the
 * vocabulary of a stored archive writes them again.
 */
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolExecutor } from "@/lib/db/sql";
import { rebuildSearchData } from "@/lib/db/vocabulary";
import { candidatesOf } from "@/lib/search/expand";
import { vocabularySql, type VocabularyMatch } from "@/lib/search/sql/vocabulary";
import { loadInflectionArchive } from "../relevance/inflection";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";

describe.each(databaseTargets())("vocabulary lemmas on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    await migrateAndSeed(pool, []);
    // "eieren": the dictionary's form of "eier", and the irregular plural of "ei"; "graven": of graaf and of graf.
    const pairs = [{ language: "nl" as const, one: "eieren", other: "graven", kind: "" }];
    const archive = await loadInflectionArchive(pool, { pairs, lookAlikes: [] });
    expect(archive.summary.failed).toEqual([]);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  const lemmaRows = async () =>
    (await pool.query<{ lemma: string; word: string }>(
      "SELECT lemma, word FROM search_word_lemma WHERE word IN ('eieren', 'graven') ORDER BY word, lemma",
    )).rows;

  it("keeps a row for each lemma of each word", async () => {
    expect(await lemmaRows()).toEqual([
      { lemma: "ei", word: "eieren" }, { lemma: "eier", word: "eieren" },
      { lemma: "graaf", word: "graven" }, { lemma: "graf", word: "graven" },
    ]);
  });

  it("finds a word by a lemma that is not its first", async () => {
    const rows = await poolExecutor(pool)<VocabularyMatch>(vocabularySql(candidatesOf("graf")));
    expect(rows.filter((row) => row.how === "lemma" && row.language === "nl").map((row) => row.word)).toEqual(["graven"]);
  });

  it("writes the lemma rows again when the vocabulary of a stored archive is rebuilt", async () => {
    await pool.query("TRUNCATE search_word, search_word_lemma");
    expect(await rebuildSearchData(pool)).toBeGreaterThan(0);
    expect((await lemmaRows()).length).toBe(4);
  });
});
