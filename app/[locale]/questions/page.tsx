import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import { listQuestions } from "@/lib/data/questions";
import { questionListPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sharingMetadata } from "@/lib/reader/metadata";
import { pageFromSearchParams } from "@/lib/paging";

const PAGE_SIZE = 50;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accountability.list" });
  return { title: t("title"), ...(await sharingMetadata({ locale, path: questionListPath(locale), title: t("title"), description: t("metaDescription") })) };
}

/** Every question, newest first, a page at a time: the list the home page had before it became a front page. */
export default async function QuestionListPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = pageFromSearchParams((await searchParams).page);
  const [t, tHome, { total, questions }] = await Promise.all([
    getTranslations("accountability.list"),
    getTranslations("common.home"),
    listQuestions({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">{tHome("count", { count: total })}</p>
      <QuestionSummaryList>
        {questions.map((question) => (
          <QuestionSummary key={question.id} question={question} locale={locale} />
        ))}
      </QuestionSummaryList>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={(target) => questionListPath(locale, { page: target })} />
    </main>
  );
}
