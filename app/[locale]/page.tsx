import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import { listQuestions } from "@/lib/data/questions";
import { homePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { pageFromSearchParams } from "@/lib/paging";

const PAGE_SIZE = 50;

export default async function HomePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = pageFromSearchParams((await searchParams).page);
  const [t, { total, questions }] = await Promise.all([
    getTranslations("common.home"),
    listQuestions({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">{t("count", { count: total })}</p>
      <QuestionSummaryList>
        {questions.map((question) => (
          <QuestionSummary key={question.id} question={question} locale={locale} />
        ))}
      </QuestionSummaryList>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={(target) => homePath(locale, { page: target })} />
    </main>
  );
}
