/**
 * Test archives built from the real seed document (5-8902) with edits: each edit is a function
 * of the original text, written to its own file in a temporary folder and loaded by the loader
 * into a fresh test database, exactly as `npm run seed` would. The edits say what each test
 * needs (a word placed in a paragraph, another number, another subject) without a hand-made
 * document.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { Database } from "@/lib/db/prisma";
import { migrateAndSeed, type TestDatabase, testPool } from "./databases";
import { SEED_TEXT } from "./source";
import { testClient } from "./test-client";

export type Edits = Record<string, (original: string) => string>;
export type EditedArchive = { readonly pool: pg.Pool; readonly db: Database };

/**
 * For the enclosing describe block: before its tests, a fresh database (`create`) holding one
 * document per edit (named by its key), every one of which must load; after them, all of it
 * removed. The pool and the app's client are read once the block's tests run.
 */
export function editedArchive(create: () => Promise<TestDatabase>, edits: Edits): EditedArchive {
  let database: TestDatabase | undefined;
  let pool: pg.Pool | undefined;
  let db: Database | undefined;
  let folder: string | undefined;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    folder = await mkdtemp(path.join(os.tmpdir(), "archive-edited-"));
    for (const [name, edit] of Object.entries(edits)) await writeFile(path.join(folder, `${name}.txt`), edit(SEED_TEXT));
    const summary = await migrateAndSeed(pool, [folder]);
    if (summary.failed.length > 0) throw new Error(`edited documents refused: ${JSON.stringify(summary.failed)}`);
    db = testClient(database);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`the edited archive's ${name} is read before its beforeAll ran`);
    return value;
  };
  return {
    get pool() {
      return ready(pool, "pool");
    },
    get db() {
      return ready(db, "client");
    },
  };
}

/** The document under another number: every "5-8902" of it (header and sibling lists alike). */
export function renumbered(text: string, id: string): string {
  return text.replaceAll("5-8902", id);
}
