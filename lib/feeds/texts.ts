/**
 * A feed's words in the locale's language: its title (the whole archive, or "new answers to
 * “prisons”"), the entries' titles and one-sentence summaries. A minister's feed is
 * named after the portfolio ("new answers – ministre de la Justice"). Built with next-intl's
 * createTranslator over the same messages as the pages (namespace sets.feeds; the status sentence
 * is the question page's badge's, from lib/i18n/status-text.ts), since a route handler has no
 * page request to read them from.
 */
import { createTranslator } from "next-intl";
import type { FeedKind } from "@/lib/i18n/feed-paths";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { statusSentence } from "@/lib/i18n/status-text";
import type { SearchParams } from "@/lib/search/parse-params";
import type { Bilingual, QuestionRecord } from "@/lib/source/record";
import { recordStatus } from "@/lib/status/status";
import type { FeedTexts } from "./atom";

export type FeedTextsOptions = {
  locale: Locale;
  kind: FeedKind;
  search: SearchParams;
  isSearch: boolean;
  today: string;
  /** The portfolio of `search.addressee` (a minister page's feed), null when none is set or known. */
  addresseeTitle: Bilingual | null;
};

export function feedTexts({ locale, kind, search, isSearch, today, addresseeTitle }: FeedTextsOptions): FeedTexts {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "sets.feeds" });
  const tSite = createTranslator({ locale, messages: messages[locale], namespace: "common.site" });
  const { primary } = languageOrder(locale);
  const isAnswers = kind === "answers";
  const words = search.q || search.minister || search.author || search.party;
  const title = (): string => {
    // A minister page's feed selects its portfolio by id: it is named by its title in the
    // feed's language, after the words of a search within it if any.
    if (addresseeTitle) {
      const base = words ? t(isAnswers ? "searchAnswersTitle" : "searchQuestionsTitle", { query: words }) : t(isAnswers ? "answersTitle" : "questionsTitle");
      return t("addresseeTitle", { title: base, addressee: addresseeTitle[primary] });
    }
    if (!isSearch) return t(isAnswers ? "answersTitle" : "questionsTitle");
    return t(isAnswers ? "searchAnswersTitle" : "searchQuestionsTitle", { query: words || t("filtered") });
  };
  return {
    title: title(),
    subtitle: t("subtitle"),
    author: tSite("publisher"),
    entryTitle: (record: QuestionRecord) => t(isAnswers ? "answerEntry" : "questionEntry", { id: record.id, subject: record.subject[primary] }),
    entrySummary: (record: QuestionRecord) =>
      t("entrySummary", {
        author: `${record.author.name} (${record.author.party})`,
        addressee: record.addressee[primary],
        date: formatLongDate(isAnswers && record.answer ? record.answer.receivedOn : record.askedOn, locale),
        status: statusSentence(recordStatus(record, today), locale),
      }),
  };
}
