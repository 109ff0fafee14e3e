import { getTranslations } from "next-intl/server";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import type { MissingQuestion } from "@/lib/data/siblings";
import { languageOrder } from "@/lib/i18n/language-order";
import type { Locale } from "@/lib/i18n/routing";
import { senateQuestionUrl } from "@/lib/reader/senate";

/**
 * The searched number is not in the archive: its official page, and either the questions in the
 * archive it is another minister's copy of, or a word that the archive is incomplete. It stands
 * in for the search's "no result" (the search page leaves that out when this is shown).
 */
export async function KnownSiblingNotice({ missing, locale }: { missing: MissingQuestion; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "search.sibling" });
  const officialUrl = senateQuestionUrl(missing.id, languageOrder(locale).primary);
  return (
    <section
      data-missing-question={missing.id}
      data-known-sibling={missing.kind === "listed" ? missing.id : undefined}
      aria-labelledby="known-sibling-title"
      className="mb-6 rounded-md border border-blue-200 bg-blue-50 p-4 dark:border-blue-900 dark:bg-slate-900"
    >
      <h2 id="known-sibling-title" className="text-lg font-semibold">
        {t("title", { id: missing.id })}
      </h2>
      {officialUrl && (
        <p className="mt-1">
          <a href={officialUrl} rel="external noopener" className="font-medium text-blue-800 underline dark:text-blue-300">
            {t("official", { id: missing.id })}
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      )}
      {missing.kind === "listed" ? (
        <>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t("body", { questions: missing.listedBy.length })}</p>
          <QuestionSummaryList>
            {missing.listedBy.map((question) => (
              <QuestionSummary key={question.id} question={question} locale={locale} />
            ))}
          </QuestionSummaryList>
        </>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t("unlistedBody")}</p>
      )}
    </section>
  );
}
