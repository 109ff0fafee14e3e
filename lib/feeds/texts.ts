/**
 * A feed's words in the locale's language: its title (the whole archive, or "new answers to
 * “prisons”"), the entries' titles and one-sentence summaries. Built with next-intl's
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
import type { QuestionRecord } from "@/lib/source/record";
import { recordStatus } from "@/lib/status/status";
import type { FeedTexts } from "./atom";

export function feedTexts({ locale, kind, search, isSearch, today }: { locale: Locale; kind: FeedKind; search: SearchParams; isSearch: boolean; today: string }): FeedTexts {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "sets.feeds" });
  const tSite = createTranslator({ locale, messages: messages[locale], namespace: "common.site" });
  const { primary } = languageOrder(locale);
  const query = search.q || search.minister || search.author || search.party || t("filtered");
  const isAnswers = kind === "answers";
  return {
    title: isSearch ? t(isAnswers ? "searchAnswersTitle" : "searchQuestionsTitle", { query }) : t(isAnswers ? "answersTitle" : "questionsTitle"),
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
