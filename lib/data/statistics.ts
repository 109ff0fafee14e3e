/**
 * Server-only reads of the archive's statistics ("who answers, and how late"): the ministers,
 * members and parties tables, each one's page, and the home page's overview. The figures are
 * computed in SQL (lib/stats/sql, one module per statement) on both databases; this module only
 * runs them and shapes the rows for pages. `today` (YYYY-MM-DD, Brussels' day by default) is the
 * day the figures are counted to: the wait of the oldest question still awaiting runs to it.
 */
import "server-only";
import { cache } from "react";
import { db as appDb, type Database } from "@/lib/db/prisma";
import { prismaExecutor, type SqlExecutor } from "@/lib/db/sql";
import { todayInBrussels } from "@/lib/reader/days";
import type { Bilingual } from "@/lib/source/record";
import { archiveFiguresSql, type ArchiveFiguresRow } from "@/lib/stats/sql/archive-figures";
import { delayHistogramSql, type HistogramRow } from "@/lib/stats/sql/delay-histogram";
import type { FigureRow, StatisticsScope } from "@/lib/stats/sql/figures";
import { latestAnswersSql } from "@/lib/stats/sql/latest-answers";
import { archiveLegislaturesSql, type LegislatureRow } from "@/lib/stats/sql/legislatures";
import { memberPartiesSql, type MemberPartyRow } from "@/lib/stats/sql/member-parties";
import { membersSql, type MemberRow } from "@/lib/stats/sql/members";
import { ministersSql, type MinisterRow, type MinisterSort, type SortDirection } from "@/lib/stats/sql/ministers";
import { monthlySql, type MonthlyRow } from "@/lib/stats/sql/monthly";
import { partiesSql, type PartyRow } from "@/lib/stats/sql/parties";
import { listQuestions, listQuestionsByIds, type QuestionSummary } from "./questions";

export type { MinisterSort, SortDirection } from "@/lib/stats/sql/ministers";
export { MINISTER_SORTS } from "@/lib/stats/sql/ministers";

/** Days to answer are counted in bins of this many days: about a month, the unit readers think in. */
export const HISTOGRAM_BIN_DAYS = 30;
/** How many of the ministers a member or a party asked most a page shows. */
const TOP_MINISTERS = 10;

export type Figures = {
  questions: number;
  answered: number;
  /** Shares from 0 to 1; null when there is no question. */
  answeredShare: number | null;
  /** Days to answer of answered questions; null when none was answered. */
  medianDays: number | null;
  p90Days: number | null;
  remindedShare: number | null;
  /** Questions awaiting an answer (reminded or not), lapsed ones left out. */
  awaiting: number;
  oldestAwaiting: { id: string; askedOn: string; days: number } | null;
};

export type MinisterFigures = Figures & { id: number; title: Bilingual };
export type MemberFigures = Figures & { id: number; name: string; parties: string[] };
export type PartyFigures = Figures & { party: string; members: number };
export type MonthCount = { month: string; asked: number; answered: number };
/** Answers that took from `fromDays` to `toDays` days, both included. */
export type HistogramBin = { fromDays: number; toDays: number; count: number };
export type PartyPeriod = { party: string; firstOn: string; lastOn: string; questions: number };

function toFigures(row: FigureRow | undefined): Figures {
  if (!row || row.questions === 0) {
    return { questions: 0, answered: 0, answeredShare: null, medianDays: null, p90Days: null, remindedShare: null, awaiting: 0, oldestAwaiting: null };
  }
  return {
    questions: row.questions,
    answered: row.answered,
    answeredShare: row.answered_share,
    medianDays: row.median_days,
    p90Days: row.p90_days,
    remindedShare: row.reminded_share,
    awaiting: row.awaiting,
    oldestAwaiting: row.oldest_awaiting_id !== null && row.oldest_awaiting_on !== null && row.oldest_awaiting_days !== null
      ? { id: row.oldest_awaiting_id, askedOn: row.oldest_awaiting_on, days: row.oldest_awaiting_days }
      : null,
  };
}

const toMinister = (row: MinisterRow): MinisterFigures => ({ id: row.addressee_id, title: { fr: row.title_fr, nl: row.title_nl }, ...toFigures(row) });
const toMember = (row: MemberRow): MemberFigures => ({ id: row.author_id, name: row.name, parties: row.parties, ...toFigures(row) });
const toParty = (row: PartyRow): PartyFigures => ({ party: row.party, members: row.members, ...toFigures(row) });
const toBins = (rows: HistogramRow[]): HistogramBin[] =>
  rows.map((row) => ({ fromDays: row.bin * HISTOGRAM_BIN_DAYS, toDays: (row.bin + 1) * HISTOGRAM_BIN_DAYS - 1, count: row.count }));

async function figuresOf(query: SqlExecutor, scope: StatisticsScope, today: string): Promise<Figures> {
  return toFigures((await query<ArchiveFiguresRow>(archiveFiguresSql(scope, today)))[0]);
}

export type MinisterTable = { ministers: MinisterFigures[]; legislatures: number[] };

/** Every addressee with its figures, sorted; `legislature` narrows to one legislature's questions. */
export async function listMinisterFigures({
  legislature = null,
  sort = "questions",
  direction = "desc",
  titleLanguage = "fr",
  today = todayInBrussels(),
  db = appDb,
}: {
  legislature?: number | null;
  sort?: MinisterSort;
  direction?: SortDirection;
  titleLanguage?: "fr" | "nl";
  today?: string;
  db?: Database;
} = {}): Promise<MinisterTable> {
  const query = prismaExecutor(db);
  const [rows, legislatures] = await Promise.all([
    query<MinisterRow>(ministersSql({ scope: { legislature }, today, sort, direction, titleLanguage })),
    query<LegislatureRow>(archiveLegislaturesSql()),
  ]);
  return { ministers: rows.map(toMinister), legislatures: legislatures.map((row) => row.legislature) };
}

export type MinisterPage = {
  minister: MinisterFigures;
  histogram: HistogramBin[];
  monthly: MonthCount[];
};

/** One addressee's figures, histogram of days to answer and months; null for an id the archive does not hold. */
export async function getMinisterPage({ id, today = todayInBrussels(), db = appDb }: { id: number; today?: string; db?: Database }): Promise<MinisterPage | null> {
  return readMinisterPage(id, today, db);
}

// Cached per request: the page and its metadata both ask (cache() compares arguments by identity).
const readMinisterPage = cache(async (id: number, today: string, db: Database): Promise<MinisterPage | null> => {
  const addressee = await db.addressee.findUnique({ where: { id } });
  if (!addressee) return null;
  const query = prismaExecutor(db);
  const scope = { addresseeId: id };
  const [figures, histogram, monthly] = await Promise.all([
    figuresOf(query, scope, today),
    query<HistogramRow>(delayHistogramSql(scope, HISTOGRAM_BIN_DAYS)),
    query<MonthlyRow>(monthlySql(scope)),
  ]);
  return {
    minister: { id, title: { fr: addressee.titleFr, nl: addressee.titleNl }, ...figures },
    histogram: toBins(histogram),
    monthly,
  };
});

/** Every author with their figures and parties, by name. */
export async function listMemberFigures({ today = todayInBrussels(), db = appDb }: { today?: string; db?: Database } = {}): Promise<MemberFigures[]> {
  return (await prismaExecutor(db)<MemberRow>(membersSql({ scope: {}, today }))).map(toMember);
}

export type MemberPage = {
  member: MemberFigures;
  /** Each run of questions under one party, oldest first. */
  parties: PartyPeriod[];
  /** The addressees the member asked most, with how they answered this member. */
  ministers: MinisterFigures[];
  histogram: HistogramBin[];
};

export async function getMemberPage({ id, today = todayInBrussels(), db = appDb }: { id: number; today?: string; db?: Database }): Promise<MemberPage | null> {
  return readMemberPage(id, today, db);
}

// Cached per request: the page and its metadata both ask (cache() compares arguments by identity).
const readMemberPage = cache(async (id: number, today: string, db: Database): Promise<MemberPage | null> => {
  const author = await db.author.findUnique({ where: { id } });
  if (!author) return null;
  const query = prismaExecutor(db);
  const scope = { authorId: id };
  const [rows, parties, ministers, histogram] = await Promise.all([
    query<MemberRow>(membersSql({ scope, today })),
    query<MemberPartyRow>(memberPartiesSql(id)),
    query<MinisterRow>(ministersSql({ scope, today, limit: TOP_MINISTERS })),
    query<HistogramRow>(delayHistogramSql(scope, HISTOGRAM_BIN_DAYS)),
  ]);
  const row = rows[0];
  return {
    member: row ? toMember(row) : { id, name: author.name, parties: [], ...toFigures(undefined) },
    parties: parties.map((party) => ({ party: party.party, firstOn: party.first_on, lastOn: party.last_on, questions: party.questions })),
    ministers: ministers.map(toMinister),
    histogram: toBins(histogram),
  };
});

/** Every party as printed on questions, most questions first. */
export async function listPartyFigures({ today = todayInBrussels(), db = appDb }: { today?: string; db?: Database } = {}): Promise<PartyFigures[]> {
  return (await prismaExecutor(db)<PartyRow>(partiesSql({ scope: {}, today }))).map(toParty);
}

export type PartyPage = { party: PartyFigures; members: MemberFigures[]; ministers: MinisterFigures[]; histogram: HistogramBin[] };

/** A party's figures, members and the ministers it asked most; null for a party no question bears. */
export async function getPartyPage({ party, today = todayInBrussels(), db = appDb }: { party: string; today?: string; db?: Database }): Promise<PartyPage | null> {
  return readPartyPage(party, today, db);
}

// Cached per request: the page and its metadata both ask (cache() compares arguments by identity).
const readPartyPage = cache(async (party: string, today: string, db: Database): Promise<PartyPage | null> => {
  const query = prismaExecutor(db);
  const scope = { party };
  const [rows, members, ministers, histogram] = await Promise.all([
    query<PartyRow>(partiesSql({ scope, today })),
    query<MemberRow>(membersSql({ scope, today })),
    query<MinisterRow>(ministersSql({ scope, today, limit: TOP_MINISTERS })),
    query<HistogramRow>(delayHistogramSql(scope, HISTOGRAM_BIN_DAYS)),
  ]);
  const row = rows[0];
  if (!row) return null;
  return { party: toParty(row), members: members.map(toMember), ministers: ministers.map(toMinister), histogram: toBins(histogram) };
});

export type ArchiveOverview = {
  figures: Figures;
  monthly: MonthCount[];
  latestQuestions: QuestionSummary[];
  latestAnswers: QuestionSummary[];
};

/** The home page: the archive's counts, its months, the latest questions and the latest answers. */
export async function getArchiveOverview({ latest = 5, today = todayInBrussels(), db = appDb }: { latest?: number; today?: string; db?: Database } = {}): Promise<ArchiveOverview> {
  const query = prismaExecutor(db);
  const [figures, monthly, latestQuestions, answerIds] = await Promise.all([
    figuresOf(query, {}, today),
    query<MonthlyRow>(monthlySql({})),
    listQuestions({ limit: latest, db }),
    query<{ id: string }>(latestAnswersSql(latest)),
  ]);
  const answered = await listQuestionsByIds({ ids: answerIds.map((row) => row.id), db });
  const byId = new Map(answered.map((question) => [question.id, question]));
  return {
    figures,
    monthly,
    latestQuestions: latestQuestions.questions,
    // In the order of the answers, latest first (listQuestionsByIds orders by date asked).
    latestAnswers: answerIds.flatMap((row) => byId.get(row.id) ?? []),
  };
}
