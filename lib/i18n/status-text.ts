/**
 * A question's status as a sentence of the interface ("Answered after 293 days", "Unanswered
 * when the legislature ended on 28 April 2014, 363 days after it was asked"): the one wording of the question
 * page's badge, its meta description and the feeds' entry summaries. Pure (next-intl's
 * createTranslator over the same messages as the pages), so that a route handler, which has no
 * page request to read translations from, writes the same sentence as a page.
 */
import { createTranslator } from "next-intl";
import type { QuestionStatus } from "@/lib/status/status";
import { formatLongDate } from "./dates";
import { messages } from "./messages";
import type { Locale } from "./routing";

// One translator per locale, kept: each keeps the messages it has compiled (a fresh one compiled
// them again for every question of a list or a feed).
const translators = new Map<Locale, ReturnType<typeof statusTranslator>>();
const statusTranslator = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: "reader.status" });

export function statusSentence(status: QuestionStatus, locale: Locale): string {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = statusTranslator(locale)));
  switch (status.kind) {
    case "answered":
      return t("answered", { days: status.days });
    case "awaiting":
    case "reminded":
      return t("awaiting", { days: status.days });
    case "lapsed":
      // The day the legislature ended, not only the days: a reader of a 2014 question should not
      // have to look up when the Chambers were dissolved.
      return status.days === null || status.legislatureEndedOn === null
        ? t("lapsedWithoutDays")
        : t("lapsed", { days: status.days, endedOn: formatLongDate(status.legislatureEndedOn, locale) });
  }
}
