/**
 * Synthetic Senate written questions: structure and text.
 *
 * `planCorpus` fixes the corpus-wide facts that several documents must agree on (which
 * consecutive numbers form an "also asked to" sibling set, and the date of each number);
 * `generateDocument` is then a pure function of (index, rng, plan), so documents can be
 * generated in any order, in parallel, or one at a time in a test.
 *
 * What siblings share (author, date, subject, descriptors, question text) is drawn from a
 * PRNG derived from (seed, first index of the set), not from the per-document `rng`, so
 * every member of a set sees the same values and lists the others. What differs per member
 * (addressee, reminders, answer) comes from the per-document `rng`; pass
 * `documentRng(plan, index)` to keep the corpus reproducible from the seed alone.
 *
 * Body text is word salad with realistic statistics: words are drawn by Zipf rank
 * (p ∝ 1/rank^1.07) from a ranked vocabulary whose top ranks are function words, which
 * yields ~48% function words (so stopword language detection works — the parser uses it to
 * split the answer's French part from its Dutch part), sprinkled with the document's own
 * topic terms and a few numbers.
 */

import { AliasTable, Rng, deriveRng, normalizeSeed, zipfWeights } from "./random";
import { renderDocument, type SyntheticEvent, type SyntheticQuestion } from "./layout";
import {
  ADDRESSEES,
  AUTHORS,
  SUBJECT_QUALIFIERS,
  TOPICS,
  rankedVocabulary,
  type Lang,
  type TopicPair,
} from "./vocabulary";

export interface CorpusOptions {
  /** Number of documents. */
  readonly count: number;
  /** Any string or integer; the same seed always yields the same corpus. */
  readonly seed?: string | number;
  /** Legislature number used in ids ("91-123"); defaults to 91 (no real legislature). */
  readonly legislature?: number;
  /** ISO date of the first question; defaults to 2014-10-15. */
  readonly startDate?: string;
  /** Years over which question dates are spread; defaults to 4.5. */
  readonly years?: number;
}

export interface CorpusPlan {
  readonly count: number;
  readonly seed: number;
  readonly legislature: number;
  /** Days since 1970-01-01 (UTC) of the first question. */
  readonly startDay: number;
  readonly spanDays: number;
  /** For each index, the index of the first member of its sibling set (itself if alone). */
  readonly setStart: Int32Array;
  /** For each index, the size of its sibling set (1 if alone). */
  readonly setSize: Int32Array;
}

export interface GeneratedDocument {
  /** "synthetic_91-123.txt". */
  readonly fileName: string;
  /** Full source text, layout identical to the real files. */
  readonly text: string;
  /** What the text states; what a correct parser must read back. */
  readonly expected: SyntheticQuestion;
}

const DAY_MS = 86_400_000;
/** Chance that a number starts a sibling set; with a mean set size of ~6, about 13% of documents belong to one. */
const SET_START_PROBABILITY = 0.025;
const UNANSWERED_PROBABILITY = 0.2;
/** Share of answers whose Dutch version has a different paragraph count than the French one. */
const UNEVEN_ANSWER_PROBABILITY = 0.06;
const PLAN_STREAM = 1;
const SHARED_STREAM = 2;
const DOCUMENT_STREAM = 3;

function isoToDay(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid date: ${iso}`);
  return Math.floor(ms / DAY_MS);
}

function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Splits `count` consecutive numbers into singletons and sibling sets of 2–20 numbers (small
 * sets far more common, like in the real archive where one question is sent to a few
 * ministers and occasionally to the whole government).
 */
export function planCorpus(options: CorpusOptions): CorpusPlan {
  const count = Math.max(0, Math.floor(options.count));
  const seed = normalizeSeed(options.seed ?? 1);
  const legislature = options.legislature ?? 91;
  const startDay = isoToDay(options.startDate ?? "2014-10-15");
  const spanDays = Math.max(1, Math.round((options.years ?? 4.5) * 365.25));
  const setStart = new Int32Array(count);
  const setSize = new Int32Array(count);
  const rng = deriveRng(seed, PLAN_STREAM);
  let i = 0;
  while (i < count) {
    let size = 1;
    if (rng.chance(SET_START_PROBABILITY)) size = Math.min(count - i, 2 + Math.floor(19 * Math.pow(rng.next(), 4)));
    for (let k = 0; k < size; k++) {
      setStart[i + k] = i;
      setSize[i + k] = size;
    }
    i += size;
  }
  return { count, seed, legislature, startDay, spanDays, setStart, setSize };
}

/** The per-document PRNG that keeps the corpus a pure function of the seed. */
export function documentRng(plan: CorpusPlan, index: number): Rng {
  return deriveRng(plan.seed, DOCUMENT_STREAM, index);
}

/** Generates every document of the plan, in order. */
export function* generateCorpus(options: CorpusOptions | CorpusPlan): Generator<GeneratedDocument> {
  const plan = "setStart" in options ? options : planCorpus(options);
  for (let i = 0; i < plan.count; i++) yield generateDocument(i, documentRng(plan, i), plan);
}

/**
 * Question date for an index: grows with the question number, like the real archive.
 * The first half of October is avoided so the session ("2012-2013") is unambiguous whether
 * a session is taken to open on 1 October or on the second Tuesday of October.
 */
function sentDay(plan: CorpusPlan, index: number): number {
  const day = plan.startDay + Math.floor((index * plan.spanDays) / Math.max(1, plan.count));
  const date = new Date(day * DAY_MS);
  if (date.getUTCMonth() === 9 && date.getUTCDate() < 15) return day + (15 - date.getUTCDate());
  return day;
}

function sessionOf(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const first = m >= 10 ? y : y - 1;
  return `${first}-${first + 1}`;
}

// ---------------------------------------------------------------------------------------
// Text

interface LangTables {
  readonly lang: Lang;
  readonly words: readonly string[];
  readonly table: AliasTable;
}

function tables(lang: Lang): LangTables {
  const words = rankedVocabulary(lang);
  return { lang, words, table: new AliasTable(zipfWeights(words.length, 1.07)) };
}

const TABLES: Readonly<Record<Lang, LangTables>> = { fr: tables("fr"), nl: tables("nl") };
const TOPIC_TABLE = new AliasTable(zipfWeights(TOPICS.length, 1.07));
const QUALIFIER_TABLE = new AliasTable(zipfWeights(SUBJECT_QUALIFIERS.length, 1.07));
/** Some senators ask far more questions than others. */
const AUTHOR_TABLE = new AliasTable(zipfWeights(AUTHORS.length, 0.8));
const ADDRESSEE_TABLE = new AliasTable(zipfWeights(ADDRESSEES.length, 0.7));

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/** "1 565" (French, no-break space) / "1.565" (Dutch): thousands as written in the source. */
function numberToken(rng: Rng, lang: Lang): string {
  const n = rng.chance(0.7) ? rng.range(2, 999) : rng.range(1000, 250_000);
  if (n < 1000) return String(n);
  const head = Math.floor(n / 1000);
  const tail = String(n % 1000).padStart(3, "0");
  return lang === "fr" ? `${head}\u00a0${tail}` : `${head}.${tail}`;
}

function sentence(rng: Rng, t: LangTables, topics: readonly string[], minWords: number, maxWords: number): string {
  const n = rng.range(minWords, maxWords);
  const words: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.025 && topics.length > 0) words[i] = topics[rng.int(topics.length)] as string;
    else if (r < 0.04) words[i] = numberToken(rng, t.lang);
    else words[i] = t.words[t.table.sample(rng)] as string;
  }
  return capitalize(words.join(" "));
}

/** A body paragraph of 1–4 sentences (at least 10 words, enough to detect its language). */
function paragraph(rng: Rng, t: LangTables, topics: readonly string[], maxSentences = 4): string {
  const k = rng.range(1, maxSentences);
  let text = "";
  for (let i = 0; i < k; i++) text += (i > 0 ? " " : "") + sentence(rng, t, topics, 10, 24) + ".";
  return text;
}

/** A question sentence ending in "?" — French puts a no-break space before it, Dutch does not. */
function questionSentence(rng: Rng, t: LangTables, topics: readonly string[]): string {
  const body = sentence(rng, t, topics, 10, 22);
  return t.lang === "fr" ? `${body}\u00a0?` : `${body}?`;
}

const QUESTION_LIST_INTRO: Readonly<Record<Lang, readonly string[]>> = {
  fr: [
    "J'aimerais dès lors obtenir une réponse aux questions suivantes\u00a0:",
    "Je souhaiterais dès lors que la ministre réponde aux questions suivantes\u00a0:",
    "Je voudrais dès lors poser les questions suivantes au ministre\u00a0:",
  ],
  nl: [
    "Graag kreeg ik dan ook een antwoord op de volgende vragen:",
    "Ik had dan ook graag een antwoord gekregen op de volgende vragen:",
    "Daarom wil ik de minister de volgende vragen stellen:",
  ],
};

/** Question shape shared by the French and Dutch versions, so both have the same paragraph count. */
interface QuestionShape {
  readonly intro: number;
  readonly variant: number;
  /** Number of "1) ..." questions; 0 for a question in running text. */
  readonly items: number;
}

function questionParagraphs(rng: Rng, t: LangTables, shape: QuestionShape, topics: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < shape.intro; i++) out.push(paragraph(rng, t, topics));
  if (shape.items === 0) {
    out.push(`${paragraph(rng, t, topics, 2)} ${questionSentence(rng, t, topics)}`);
    return out;
  }
  out.push(QUESTION_LIST_INTRO[t.lang][shape.variant] as string);
  for (let i = 1; i <= shape.items; i++) {
    const parts = [questionSentence(rng, t, topics)];
    if (rng.chance(0.4)) parts.push(questionSentence(rng, t, topics));
    out.push(`${i}) ${parts.join(" ")}`);
  }
  return out;
}

/** Answer length: 1–40 paragraphs, most answers short, a long tail of detailed ones. */
function answerLength(rng: Rng): number {
  const u = rng.next();
  if (u < 0.35) return rng.range(1, 2);
  if (u < 0.65) return rng.range(3, 5);
  if (u < 0.88) return rng.range(6, 12);
  return rng.range(13, 40);
}

/**
 * Paragraph prefixes of an answer ("" for plain text, "1. ", "2. a. ", "b. ", "  • "),
 * chosen once and used for both languages so the French and Dutch versions line up.
 */
function answerShape(rng: Rng, n: number): string[] {
  const style = rng.next();
  if (style < 0.5 || n === 1) return new Array<string>(n).fill("");
  const bullets = style >= 0.8;
  const prefixes: string[] = [];
  let item = 0;
  let letter = -1; // -1: current item has no lettered parts
  for (let p = 0; p < n; p++) {
    if (p === 0 || rng.chance(0.35)) {
      item += 1;
      letter = rng.chance(0.15) ? 0 : -1;
      prefixes.push(letter === 0 ? `${item}. a. ` : `${item}. `);
    } else if (letter >= 0 && rng.chance(0.7)) {
      letter += 1;
      prefixes.push(`${String.fromCharCode(97 + Math.min(letter, 25))}. `);
    } else if (bullets && rng.chance(0.7)) {
      prefixes.push("  • ");
    } else {
      prefixes.push("");
    }
  }
  return prefixes;
}

function answerParagraphs(rng: Rng, t: LangTables, shape: readonly string[], topics: readonly string[]): string[] {
  return shape.map((prefix) => prefix + paragraph(rng, t, topics, prefix === "  • " ? 2 : 4));
}

// ---------------------------------------------------------------------------------------
// Document

/** Subject segments: a main topic, then 0–3 qualifiers or related topics. */
function subjectSegments(rng: Rng, main: TopicPair): { fr: string[]; nl: string[] } {
  const u = rng.next();
  let k = u < 0.2 ? 1 : u < 0.55 ? 2 : u < 0.9 ? 3 : 4;
  // The French part's last segment must not contain capitals after its first letter: it
  // sits right before the Dutch part on the same line, and a capital there would look like
  // the start of the Dutch subject.
  const clean = (s: string): boolean => !/[A-ZÀ-ÖØ-Þ]/.test(s.slice(1));
  if (k === 1 && !clean(main.fr)) k = 2;
  const segments: TopicPair[] = [main];
  const used = new Set<string>([main.fr]);
  while (segments.length < k) {
    const last = segments.length === k - 1;
    const candidate = rng.chance(0.6)
      ? (SUBJECT_QUALIFIERS[QUALIFIER_TABLE.sample(rng)] as TopicPair)
      : (TOPICS[TOPIC_TABLE.sample(rng)] as TopicPair);
    if (used.has(candidate.fr) || (last && !clean(candidate.fr))) continue;
    used.add(candidate.fr);
    segments.push(candidate);
  }
  return { fr: segments.map((s) => capitalize(s.fr)), nl: segments.map((s) => capitalize(s.nl)) };
}

function descriptorCount(rng: Rng): number {
  const u = rng.next();
  if (u < 0.1) return 1;
  if (u < 0.3) return 2;
  if (u < 0.55) return 3;
  if (u < 0.75) return 4;
  if (u < 0.87) return 5;
  return rng.range(6, 8);
}

interface SharedContent {
  readonly date: string;
  readonly author: (typeof AUTHORS)[number];
  readonly subject: { fr: string[]; nl: string[] };
  readonly descriptors: { fr: string[]; nl: string[] };
  readonly topics: Readonly<Record<Lang, readonly string[]>>;
  readonly question: { fr: string[]; nl: string[] };
  /** Addressees for the members of the set, distinct, in member order. */
  readonly addressees: readonly (typeof ADDRESSEES)[number][];
}

/** What all members of a sibling set share; derived from the set's first index only. */
function sharedContent(plan: CorpusPlan, first: number, size: number): SharedContent {
  const rng = deriveRng(plan.seed, SHARED_STREAM, first);
  const date = dayToIso(sentDay(plan, first));
  const author = AUTHORS[AUTHOR_TABLE.sample(rng)] as SharedContent["author"];
  const main = TOPICS[TOPIC_TABLE.sample(rng)] as TopicPair;
  const subject = subjectSegments(rng, main);

  const pairs: TopicPair[] = rng.chance(0.8) ? [main] : [];
  const wanted = descriptorCount(rng);
  const usedFr = new Set(pairs.map((p) => p.fr));
  while (pairs.length < wanted) {
    const p = TOPICS[TOPIC_TABLE.sample(rng)] as TopicPair;
    if (usedFr.has(p.fr)) continue;
    usedFr.add(p.fr);
    pairs.push(p);
  }
  const descriptors = { fr: pairs.map((p) => p.fr), nl: pairs.map((p) => p.nl) };
  const topics = { fr: [main.fr, ...descriptors.fr], nl: [main.nl, ...descriptors.nl] };

  const items = rng.chance(0.6) ? rng.range(1, 6) : 0;
  const shape: QuestionShape = { intro: rng.range(1, 3), variant: rng.int(3), items };
  const question = {
    fr: questionParagraphs(rng, TABLES.fr, shape, topics.fr),
    nl: questionParagraphs(rng, TABLES.nl, shape, topics.nl),
  };
  const addressees = size > 1 ? rng.sample(ADDRESSEES, size) : [];
  return { date, author, subject, descriptors, topics, question, addressees };
}

/** Adds `count` distinct days strictly between `after` and `before`, ascending. */
function daysBetween(rng: Rng, after: number, before: number, count: number): number[] {
  const room = before - after - 1;
  const n = Math.max(0, Math.min(count, room));
  const days = new Set<number>();
  while (days.size < n) days.add(after + 1 + rng.int(room));
  return [...days].sort((a, b) => a - b);
}

function reminderCount(rng: Rng): number {
  const u = rng.next();
  if (u < 0.55) return 0;
  if (u < 0.8) return 1;
  if (u < 0.93) return 2;
  return 3;
}

/**
 * Generates document `index` of the plan. Pure: the result depends only on the arguments
 * (and on `plan.seed` for content shared with siblings).
 */
export function generateDocument(index: number, rng: Rng, plan: CorpusPlan): GeneratedDocument {
  if (!Number.isInteger(index) || index < 0 || index >= plan.count) {
    throw new RangeError(`index ${index} outside 0..${plan.count - 1}`);
  }
  const first = plan.setStart[index] as number;
  const size = plan.setSize[index] as number;
  const shared = sharedContent(plan, first, size);
  const number = index + 1;
  const id = `${plan.legislature}-${number}`;
  const siblings: string[] = [];
  for (let k = first; k < first + size; k++) if (k !== index) siblings.push(`${plan.legislature}-${k + 1}`);

  const addressee =
    size > 1 ? (shared.addressees[index - first] as (typeof ADDRESSEES)[number]) : (ADDRESSEES[ADDRESSEE_TABLE.sample(rng)] as (typeof ADDRESSEES)[number]);

  // Timeline: sent, 0–3 reminders, then the answer unless the question was never answered.
  const sent = isoToDay(shared.date);
  const answered = !rng.chance(UNANSWERED_PROBABILITY);
  const delay = rng.chance(0.05) ? rng.range(400, 900) : 7 + Math.floor(400 * Math.pow(rng.next(), 2));
  const answerDay = sent + delay;
  const reminders = reminderCount(rng);
  const reminderDays = answered
    ? delay > 30
      ? daysBetween(rng, sent + 20, answerDay, reminders)
      : []
    : daysBetween(rng, sent + 20, sent + 20 + 90 * (reminders + 1), reminders);
  const events: SyntheticEvent[] = [{ kind: "sent", date: shared.date }];
  for (const d of reminderDays) events.push({ kind: "reminder", date: dayToIso(d) });

  let answer: SyntheticQuestion["answer"] = null;
  if (answered) {
    const answerDate = dayToIso(answerDay);
    events.push({ kind: "answer", date: answerDate });
    const shape = answerShape(rng, answerLength(rng));
    const nlShape = shape.slice();
    if (rng.chance(UNEVEN_ANSWER_PROBABILITY)) {
      // Translations sometimes merge or split a paragraph.
      if (nlShape.length > 1 && rng.chance(0.5)) nlShape.splice(1 + rng.int(nlShape.length - 1), 1);
      else nlShape.splice(1 + rng.int(nlShape.length), 0, "");
    }
    answer = {
      date: answerDate,
      fr: answerParagraphs(rng, TABLES.fr, shape, shared.topics.fr),
      nl: answerParagraphs(rng, TABLES.nl, nlShape, shared.topics.nl),
    };
  }

  const expected: SyntheticQuestion = {
    id,
    legislature: plan.legislature,
    number,
    session: sessionOf(shared.date),
    date: shared.date,
    originalLanguage: shared.author.language,
    author: { name: shared.author.name, party: shared.author.party },
    addressee: { fr: addressee.fr, nl: addressee.nl },
    subject: shared.subject,
    descriptors: shared.descriptors,
    events,
    siblings,
    question: shared.question,
    answer,
  };
  return { fileName: `synthetic_${id}.txt`, text: renderDocument(expected), expected };
}
