/**
 * Measures inflection-complete search on the word pairs of inflection-pairs.ts: an archive holds
 * one question per form (its text in that form's language holds the form once, its other text
 * nothing of the lists), loaded by the loader itself (lib/db/seed.ts, so the vocabulary is what
 * a real load writes); then each form is searched with the statements of the search's result
 * page (page-search.ts), and a pair counts in one direction when the search for one form finds
 * the question of the other. Per language and direction the share found, the failures, and the
 * look-alikes found (which must be none). Used by tests/integration/inflection-pairs.test.ts and `npm run relevance -- --inflection`.
 * Each form's question is the only one holding it, so the first hundred results hold every
 * question a form finds (the most found by one form here is about ten).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { foldedWordsOf } from "@/lib/lexicon/words";
import type { Language } from "@/lib/lexicon/lexicon";
import { seedDocuments, type SeedSummary } from "@/lib/db/seed";
import { parseDocument } from "@/lib/source/parse";
import type { QuestionRecord } from "@/lib/source/record";
import { DUTCH_PAIRS, FRENCH_PAIRS, LOOK_ALIKES, type InflectionPair, type LookAlike } from "./inflection-pairs";
import type { FoundIds } from "./page-search";

/** What the test asserts: each language, each direction. */
export const INFLECTION_THRESHOLD = 0.95;


// The words around each form. None of them is a word of the lists (checked below). The
// portfolio's words are searched too, as names, but for "ministre"/"minister", which every
// title has and the names' text leaves out (prisma/functions/archive_names_text.sql).
const FRAME = {
  subject: { fr: "Notice", nl: "Notitie" },
  text: { fr: (word: string) => `Précisément : ${word}.`, nl: (word: string) => `Toegelicht: ${word}.` },
  neutral: { fr: "Sans précision.", nl: "Zonder toelichting." },
  addressee: { fr: "ministre de la Mobilité", nl: "minister van Mobiliteit" },
};
const TEMPLATE_FILE = "seeds/000_dc0ab1c61fd4920e.txt";

type Form = { language: Language; word: string };
const keyOf = ({ language, word }: Form) => `${language}:${word}`;

export type InflectionLists = { pairs: InflectionPair[]; lookAlikes: LookAlike[] };
const ALL_LISTS: InflectionLists = { pairs: [...DUTCH_PAIRS, ...FRENCH_PAIRS], lookAlikes: LOOK_ALIKES };

/** Every form the lists name, once. */
function listedForms(lists: InflectionLists): Form[] {
  const forms = new Map<string, Form>();
  const add = (form: Form) => forms.set(keyOf(form), form);
  for (const pair of lists.pairs) {
    add({ language: pair.language, word: pair.one });
    add({ language: pair.language, word: pair.other });
  }
  for (const alike of lists.lookAlikes) {
    add({ language: alike.language, word: alike.one });
    add({ language: alike.otherLanguage, word: alike.other });
  }
  return [...forms.values()];
}

/** A question whose text in the form's language holds the form; the rest is the frame. */
function questionWith(template: QuestionRecord, number: number, { language, word }: Form): QuestionRecord {
  const text = (side: Language) => (side === language ? FRAME.text[side](word) : FRAME.neutral[side]);
  return {
    ...template,
    id: `9-${number}`,
    legislature: 9,
    number,
    subject: FRAME.subject,
    addressee: FRAME.addressee,
    descriptors: [],
    alsoAskedTo: [],
    question: { fr: [text("fr")], nl: [text("nl")] },
    answer: null,
    events: template.events.filter((event) => event.kind === "sent"),
  };
}

export type InflectionArchive = { questionOf: Map<string, string>; summary: SeedSummary };

/**
 * Loads one question per listed form into a migrated database, through the loader (a JSON Lines
 * file in a temporary folder, read by seedDocuments as `npm run seed` reads one).
 */
export async function loadInflectionArchive(pool: pg.Pool, lists: InflectionLists = ALL_LISTS): Promise<InflectionArchive> {
  const template = parseDocument(await readFile(TEMPLATE_FILE), TEMPLATE_FILE);
  const forms = listedForms(lists);
  const frameWords = new Set(
    [FRAME.subject.fr, FRAME.subject.nl, FRAME.text.fr(""), FRAME.text.nl(""), FRAME.neutral.fr, FRAME.neutral.nl,
      FRAME.addressee.fr, FRAME.addressee.nl, template.author.name].flatMap(foldedWordsOf),
  );
  for (const title of ["ministre", "minister"]) frameWords.delete(title);
  const clash = forms.filter((form) => foldedWordsOf(form.word).some((word) => frameWords.has(word)));
  if (clash.length > 0) throw new Error(`the frame holds words of the lists: ${clash.map(keyOf).join(", ")}`);
  const questionOf = new Map<string, string>();
  const lines = forms.map((form, index) => {
    const record = questionWith(template, index + 1, form);
    questionOf.set(keyOf(form), record.id);
    return JSON.stringify(record);
  });
  const folder = await mkdtemp(path.join(os.tmpdir(), "inflection-pairs-"));
  try {
    const file = path.join(folder, "forms.jsonl");
    await writeFile(file, `${lines.join("\n")}\n`);
    const summary = await seedDocuments({ pool, files: [file] });
    return { questionOf, summary };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export type DirectionScore = { found: number; total: number };
export type LanguageScore = { language: Language; oneToOther: DirectionScore; otherToOne: DirectionScore; failures: string[] };
export type InflectionReport = { languages: LanguageScore[]; lookAlikesFound: string[]; lookAlikesChecked: number };

export const shareOf = ({ found, total }: DirectionScore) => (total === 0 ? 1 : found / total);

/** Searches every form once (`concurrency` at a time), then scores the pairs and the look-alikes. */
export async function scoreInflections(
  search: FoundIds,
  { questionOf }: InflectionArchive,
  { lists = ALL_LISTS, concurrency = 1 }: { lists?: InflectionLists; concurrency?: number } = {},
): Promise<InflectionReport> {
  const words = [...new Set([...lists.pairs.flatMap((pair) => [pair.one, pair.other]), ...lists.lookAlikes.flatMap((alike) => [alike.one, alike.other])])];
  const results = new Map<string, Set<string>>();
  let next = 0;
  const worker = async () => {
    while (next < words.length) {
      const word = words[next++] as string;
      results.set(word, new Set(await search(word)));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const foundBy = async (word: string) => results.get(word) ?? new Set<string>();
  const idOf = (form: Form) => {
    const id = questionOf.get(keyOf(form));
    if (!id) throw new Error(`no question holds ${keyOf(form)}`);
    return id;
  };

  const languages: LanguageScore[] = [];
  for (const language of ["nl", "fr"] as const) {
    const pairs = lists.pairs.filter((pair) => pair.language === language);
    const score: LanguageScore = { language, oneToOther: { found: 0, total: 0 }, otherToOne: { found: 0, total: 0 }, failures: [] };
    for (const pair of pairs) {
      const oneFindsOther = (await foundBy(pair.one)).has(idOf({ language, word: pair.other }));
      const otherFindsOne = (await foundBy(pair.other)).has(idOf({ language, word: pair.one }));
      score.oneToOther.total += 1;
      score.otherToOne.total += 1;
      if (oneFindsOther) score.oneToOther.found += 1;
      if (otherFindsOne) score.otherToOne.found += 1;
      if (!oneFindsOther || !otherFindsOne) {
        const missed = [!oneFindsOther && `${pair.one} -> ${pair.other}`, !otherFindsOne && `${pair.other} -> ${pair.one}`].filter(Boolean);
        score.failures.push(`${missed.join(", ")} (${pair.kind})`);
      }
    }
    languages.push(score);
  }

  const lookAlikesFound: string[] = [];
  const check = async (asked: string, held: Form, why: string) => {
    if ((await foundBy(asked)).has(idOf(held))) lookAlikesFound.push(`${asked} found ${held.word} (${held.language}): ${why}`);
  };
  for (const alike of lists.lookAlikes) {
    await check(alike.one, { language: alike.otherLanguage, word: alike.other }, alike.why);
    await check(alike.other, { language: alike.language, word: alike.one }, alike.why);
  }
  return { languages, lookAlikesFound, lookAlikesChecked: 2 * lists.lookAlikes.length };
}

const percent = (score: DirectionScore) => `${(100 * shareOf(score)).toFixed(1)} % (${score.found}/${score.total})`;

export function formatInflectionReport(report: InflectionReport, title: string): string {
  const lines = [title, ""];
  for (const score of report.languages) {
    lines.push(`${score.language}: first -> second ${percent(score.oneToOther)}, second -> first ${percent(score.otherToOne)}`);
    for (const failure of score.failures) lines.push(`  missed ${failure}`);
  }
  lines.push(`look-alikes found: ${report.lookAlikesFound.length} of ${report.lookAlikesChecked} checked`);
  for (const found of report.lookAlikesFound) lines.push(`  FALSE MATCH ${found}`);
  lines.push(`threshold: ${100 * INFLECTION_THRESHOLD} % each language and direction; no look-alike found`);
  return lines.join("\n");
}

export function passesInflection(report: InflectionReport): boolean {
  return report.lookAlikesFound.length === 0 &&
    report.languages.every((score) => shareOf(score.oneToOther) >= INFLECTION_THRESHOLD && shareOf(score.otherToOne) >= INFLECTION_THRESHOLD);
}
