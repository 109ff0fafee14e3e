/**
 * Builds an Atom 1.0 feed (RFC 4287) of questions or answers with the `feed` library. Every link
 * and id is on the public origin (PUBLIC_ORIGIN, never the request's Host): an entry's id is the
 * question page's address (with #answer-heading for an answer, so that the two feeds' entries of
 * one question differ), its date the day asked or the day the answer came. The texts are in the
 * interface's first language (lib/i18n/language-order.ts), the entry's content the first lines
 * of the question or of the answer.
 */
import { Feed } from "feed";
import type { FeedKind } from "@/lib/i18n/feed-paths";
import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import { excerpt } from "@/lib/sets/grid";
import type { QuestionRecord } from "@/lib/source/record";

export type FeedTexts = {
  title: string;
  subtitle: string;
  author: string;
  /** The entry's title: "Answer to question 5-8902: …". */
  entryTitle: (record: QuestionRecord) => string;
  /** One sentence: who asked whom, when, and where it stands. */
  entrySummary: (record: QuestionRecord) => string;
};

export type AtomFeedOptions = {
  kind: FeedKind;
  locale: Locale;
  records: readonly QuestionRecord[];
  /** Absolute: the feed's own address (rel="self"). */
  selfUrl: string;
  /** Absolute: the page the feed mirrors (the search, or the home page). */
  alternateUrl: string;
  /** Absolute address of a question's page. */
  questionUrl: (id: string) => string;
  texts: FeedTexts;
  /** When nothing is in the feed yet: its updated date. */
  now: Date;
};

function entryDate(kind: FeedKind, record: QuestionRecord): Date {
  return new Date(`${kind === "answers" && record.answer ? record.answer.receivedOn : record.askedOn}T00:00:00Z`);
}

export function atomFeed({ kind, locale, records, selfUrl, alternateUrl, questionUrl, texts, now }: AtomFeedOptions): string {
  const { primary } = languageOrder(locale);
  const dates = records.map((record) => entryDate(kind, record).getTime());
  const feed = new Feed({
    id: selfUrl,
    title: texts.title,
    description: texts.subtitle,
    link: alternateUrl,
    feedLinks: { atom: selfUrl },
    language: locale,
    updated: dates.length > 0 ? new Date(Math.max(...dates)) : now,
    author: { name: texts.author },
    copyright: texts.author,
    generator: false,
  });
  for (const record of records) {
    const url = kind === "answers" ? `${questionUrl(record.id)}#answer-heading` : questionUrl(record.id);
    const paragraphs = kind === "answers" && record.answer ? record.answer[primary] : record.question[primary];
    feed.addItem({
      id: url,
      link: url,
      title: texts.entryTitle(record),
      date: entryDate(kind, record),
      published: new Date(`${record.askedOn}T00:00:00Z`),
      description: texts.entrySummary(record),
      content: excerpt(paragraphs, 600),
      author: [{ name: `${record.author.name} (${record.author.party})` }],
    });
  }
  return feed.atom1();
}
