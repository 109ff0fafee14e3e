import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { QuestionSummary as Summary } from "@/lib/data/questions";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * One question in a list (home, descriptor lists, search results): number, date, status, the
 * subject in both languages (the interface's first), author and addressee. `children` adds what
 * a list needs beneath, such as search snippets.
 */
export async function QuestionSummary({ question, locale, children }: { question: Summary; locale: Locale; children?: ReactNode }) {
  const [t, tStatus] = await Promise.all([getTranslations("common.question"), getTranslations("common.status")]);
  const { primary, secondary } = languageOrder(locale);
  return (
    <li className="py-4" data-question={question.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        <Link href={questionPath(locale, question.id)} className="text-base font-semibold text-blue-800 underline dark:text-blue-300">
          {question.id}
        </Link>
        <span>{t("askedOn", { date: formatLongDate(question.askedOn, locale) })}</span>
        <span data-status={question.status} className="rounded-full border border-slate-300 px-2 text-xs dark:border-slate-600">
          {tStatus(question.status)}
          {question.answerReceivedOn ? ` · ${t("answeredOn", { date: formatLongDate(question.answerReceivedOn, locale) })}` : ""}
        </span>
      </div>
      <p lang={primary} className="mt-1 font-medium">{question.subject[primary]}</p>
      <p lang={secondary} className="text-slate-700 dark:text-slate-300">{question.subject[secondary]}</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("by", { author: `${question.author.name} (${question.author.party})` })} ·{" "}
        <span lang={primary}>{t("to", { addressee: question.addressee[primary] })}</span>
      </p>
      {children}
    </li>
  );
}

/** A plain list of question summaries. */
export function QuestionSummaryList({ children }: { children: ReactNode }) {
  return <ol className="divide-y divide-slate-200 dark:divide-slate-800">{children}</ol>;
}
