import { getTranslations } from "next-intl/server";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import type { KnownSibling } from "@/lib/data/siblings";
import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import { senateQuestionUrl } from "@/lib/reader/senate";

/** The searched number is another minister's copy of questions in the archive: its official page, and those questions. */
export async function KnownSiblingNotice({ sibling, locale }: { sibling: KnownSibling; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search.sibling" });
  const officialUrl = senateQuestionUrl(sibling.id, languageOrder(locale).primary);
  return (
    <section data-known-sibling={sibling.id} aria-labelledby="known-sibling-title" className="mb-6 rounded-md border border-blue-200 bg-blue-50 p-4 dark:border-blue-900 dark:bg-slate-900">
      <h2 id="known-sibling-title" className="text-lg font-semibold">
        {t("title", { id: sibling.id })}
      </h2>
      {officialUrl && (
        <p className="mt-1">
          <a href={officialUrl} rel="external noopener" className="font-medium text-blue-800 underline dark:text-blue-300">
            {t("official", { id: sibling.id })}
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )}
      <p className="mt-2 text-slate-700 dark:text-slate-300">{t("body", { questions: sibling.listedBy.length })}</p>
      <QuestionSummaryList>
        {sibling.listedBy.map((question) => (
          <QuestionSummary key={question.id} question={question} locale={locale} />
        ))}
      </QuestionSummaryList>
    </section>
  );
}
