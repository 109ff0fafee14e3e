import { getFormatter, getTranslations } from "next-intl/server";
import type { QuestionSummary } from "@/lib/data/questions";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** A plain list of questions: number, date, subject in both languages, author, addressee. */
export async function QuestionList({ questions, locale }: { questions: QuestionSummary[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("common.home"), getFormatter()]);
  // The addressee in the interface language; English readers get the French title first.
  const addresseeLanguage = locale === "nl" ? "nl" : "fr";
  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800">
      {questions.map((question) => (
        <li key={question.id} className="py-4">
          <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-slate-600 dark:text-slate-400">
            <Link href={`/questions/${question.id}`} className="text-base font-semibold text-blue-800 underline dark:text-blue-300">
              {question.id}
            </Link>
            <span>{t("askedOn", { date: format.dateTime(new Date(question.askedOn), { dateStyle: "long", timeZone: "UTC" }) })}</span>
            <span>
              {question.answerReceivedOn
                ? t("answered", { date: format.dateTime(new Date(question.answerReceivedOn), { dateStyle: "long", timeZone: "UTC" }) })
                : t("awaiting")}
            </span>
          </div>
          <p lang="fr" className="mt-1">{question.subject.fr}</p>
          <p lang="nl" className="text-slate-700 dark:text-slate-300">{question.subject.nl}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {t("by", { author: `${question.author.name} (${question.author.party})` })} ·{" "}
            <span lang={addresseeLanguage}>{t("to", { addressee: question.addressee[addresseeLanguage] })}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
