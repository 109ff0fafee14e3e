/**
 * Issue 8's public examples through GET /api/search (the route handler itself, on a fresh
 * database of each kind): every singular finds the question holding only its plural and back,
 * in Dutch and in French; unrelated look-alikes do not ("zon"/"zone", "Buitenlandse"/
 * "Binnenlandse", "politie"/"politique"). Each form gets a question of its own, written through
 * the real write path (storeRecord: vocabulary, then archive_upsert_question), its Dutch or
 * French text holding that one form in an ordinary sentence. (A word found in no text at all
 * is searched as typed in both languages: see docs/decisions/0011.)
 */
import { readFile } from "node:fs/promises";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/search/route";
import { type Database } from "@/lib/db/prisma";
import { storeRecord } from "@/lib/db/seed";
import { parseDocument } from "@/lib/source/parse";
import type { QuestionRecord } from "@/lib/source/record";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";

const DUTCH_PAIRS = [
  ["boete", "boetes"], ["bijdrage", "bijdrages"], ["straat", "straten"], ["prijs", "prijzen"], ["reis", "reizen"],
  ["universiteit", "universiteiten"], ["programma", "programma's"], ["industrie", "industrieën"],
  ["pakket", "pakketten"], ["piloot", "piloten"],
] as const;
const FRENCH_PAIRS = [
  ["général", "généraux"], ["local", "locaux"], ["principal", "principaux"], ["bail", "baux"], ["feu", "feux"],
  ["élu", "élus"], ["détenue", "détenues"], ["conseil", "conseils"],
] as const;
const LOOK_ALIKES = [
  { language: "nl", asked: "zon", held: "zone" },
  { language: "nl", asked: "Buitenlandse", held: "Binnenlandse" },
  { language: "fr", asked: "politie", held: "politique" },
] as const;
/** Words the archive holds besides: "politie" is in some Dutch text, as in any real archive. */
const ALSO_HELD = [{ language: "nl", word: "politie" }] as const;

/** A question whose text in `language` holds `word` once, in an ordinary sentence; the other language's text is neutral. */
function questionWith(template: QuestionRecord, number: number, language: "fr" | "nl", word: string): QuestionRecord {
  const dutch = language === "nl" ? `De minister gaf toelichting over de ${word} in zijn verslag.` : "De minister gaf toelichting in zijn verslag.";
  const french = language === "fr" ? `Le ministre a donné des précisions sur le dossier : ${word}.` : "Le ministre a donné des précisions dans son rapport.";
  return {
    ...template,
    id: `9-${number}`,
    legislature: 9,
    number,
    subject: { fr: "Rapport annuel", nl: "Jaarverslag" },
    // Names are searched too: an addressee none of the words tested can be confused with.
    addressee: { fr: "ministre de l'Économie", nl: "minister van Economie" },
    descriptors: [],
    alsoAskedTo: [],
    question: { fr: [french], nl: [dutch] },
    answer: null,
    events: template.events.filter((event) => event.kind === "sent"),
  };
}

describe.each(databaseTargets())("inflections through /api/search on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  const questionOf = new Map<string, string>();
  const app = globalThis as unknown as { prisma?: Database };

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    await migrateAndSeed(pool, []);
    const template = parseDocument(await readFile("seeds/000_dc0ab1c61fd4920e.txt"), "seeds/000_dc0ab1c61fd4920e.txt");
    const forms = [
      ...DUTCH_PAIRS.flat().map((word) => ({ language: "nl" as const, word })),
      ...FRENCH_PAIRS.flat().map((word) => ({ language: "fr" as const, word })),
      ...LOOK_ALIKES.map(({ language, held }) => ({ language, word: held })),
      ...ALSO_HELD,
    ];
    let number = 1;
    for (const { language, word } of forms) {
      const record = questionWith(template, number++, language, word);
      await storeRecord(pool, record, `generated/${record.id}.txt`);
      questionOf.set(`${language}:${word}`, record.id);
    }
    // The route handler reads through the app's client: this database's, for this run.
    db = testClient(database);
    app.prisma = db;
  });

  afterAll(async () => {
    delete app.prisma;
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
  });

  async function found(q: string): Promise<string[]> {
    const response = await GET(new Request(`http://localhost/api/search?${new URLSearchParams({ q, size: "100" })}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Array<{ id: string }> };
    return body.results.map((result) => result.id);
  }

  it.each(DUTCH_PAIRS)("Dutch: %s and %s find each other", async (singular, plural) => {
    expect(await found(singular)).toContain(questionOf.get(`nl:${plural}`));
    expect(await found(plural)).toContain(questionOf.get(`nl:${singular}`));
  });

  it.each(FRENCH_PAIRS)("French: %s and %s find each other", async (singular, plural) => {
    expect(await found(singular)).toContain(questionOf.get(`fr:${plural}`));
    expect(await found(plural)).toContain(questionOf.get(`fr:${singular}`));
  });

  it.each(LOOK_ALIKES)("$asked does not find a question holding only $held ($language)", async ({ language, asked, held }) => {
    const heldBy = questionOf.get(`${language}:${held}`);
    expect(await found(held)).toContain(heldBy);
    expect(await found(asked)).not.toContain(heldBy);
  });
});
