import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { figureFormat } from "@/components/accountability/figure-format";
import { MonthlyChart } from "@/components/charts/monthly-chart";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import { getArchiveOverview } from "@/lib/data/statistics";
import { homePath, membersPath, ministersPath, partiesPath, questionListPath, searchPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { pageFromSearchParams } from "@/lib/paging";
import { sharingMetadata } from "@/lib/reader/metadata";

const LATEST = 5;

/** The site's own title (the layout's default) and tagline, with the home page's address for link previews. */
export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common.site" });
  return sharingMetadata({ locale, path: homePath(locale), title: t("name"), description: t("tagline") });
}

/**
 * The front page: a search box, the archive's counts, the latest questions and answers, and
 * questions asked and answered per month. The full list moved to /questions; an old link to a
 * page of the home list (?page=N) is sent there.
 */
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
  if (page > 1) redirect(questionListPath(locale, { page }));
  const [t, tHome, tFigures, tNav, overview] = await Promise.all([
    getTranslations("accountability.home"),
    getTranslations("common.home"),
    getTranslations("accountability.figures"),
    getTranslations("accountability.nav"),
    getArchiveOverview({ latest: LATEST }),
  ]);
  const format = await figureFormat(tFigures("none"));
  const { figures } = overview;
  const link = "text-blue-800 underline dark:text-blue-300";
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{tHome("title")}</h1>
      <p className="mb-6 text-slate-600 dark:text-slate-400">{t("intro")}</p>

      <section aria-labelledby="home-search" className="mb-8">
        <h2 id="home-search" className="mb-2 text-xl font-semibold">{t("searchHeading")}</h2>
        {/* A second way in besides the header's box, bigger, for the front page; a plain GET form. */}
        <form action={searchPath(locale)} method="get" className="flex max-w-2xl gap-2" aria-labelledby="home-search">
          <label htmlFor="home-q" className="sr-only">{t("searchLabel")}</label>
          <input
            id="home-q"
            name="q"
            type="search"
            placeholder={t("searchLabel")}
            className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 text-lg text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
          />
          <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500">
            {t("searchButton")}
          </button>
        </form>
      </section>

      <section aria-labelledby="home-counts" className="mb-8">
        <h2 id="home-counts" className="mb-2 text-xl font-semibold">{t("countsHeading")}</h2>
        <dl className="flex flex-wrap gap-x-10 gap-y-3" data-archive-counts>
          {/* The value above its label, as a reader scans it; dt first for assistive technology. */}
          <div className="flex flex-col-reverse" data-archive-figure="questions">
            <dt className="text-slate-600 dark:text-slate-400">{tFigures("questions")}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.count(figures.questions)}</dd>
          </div>
          <div className="flex flex-col-reverse" data-archive-figure="answered">
            <dt className="text-slate-600 dark:text-slate-400">{t("answeredShare")}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.share(figures.answeredShare)}</dd>
          </div>
          <div className="flex flex-col-reverse" data-archive-figure="median">
            <dt className="text-slate-600 dark:text-slate-400">{t("medianDelay")}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{format.days(figures.medianDays)}</dd>
          </div>
        </dl>
        <p className="mt-3 flex flex-wrap gap-x-6">
          <Link href={questionListPath(locale)} className={link}>{t("allQuestions")}</Link>
          <Link href={ministersPath(locale)} className={link}>{tNav("ministers")}</Link>
          <Link href={membersPath(locale)} className={link}>{tNav("members")}</Link>
          <Link href={partiesPath(locale)} className={link}>{tNav("parties")}</Link>
        </p>
      </section>

      <div className="mb-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="home-latest-questions">
          <h2 id="home-latest-questions" className="text-xl font-semibold">{t("latestQuestions")}</h2>
          <QuestionSummaryList>
            {overview.latestQuestions.map((question) => (
              <QuestionSummary key={question.id} question={question} locale={locale} />
            ))}
          </QuestionSummaryList>
        </section>
        <section aria-labelledby="home-latest-answers">
          <h2 id="home-latest-answers" className="text-xl font-semibold">{t("latestAnswers")}</h2>
          <QuestionSummaryList>
            {overview.latestAnswers.map((question) => (
              <QuestionSummary key={question.id} question={question} locale={locale} />
            ))}
          </QuestionSummaryList>
        </section>
      </div>

      <section aria-labelledby="home-chart">
        <h2 id="home-chart" className="mb-2 text-xl font-semibold">{t("chartHeading")}</h2>
        <MonthlyChart months={overview.monthly} id="home-monthly" />
      </section>
    </main>
  );
}
