import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageSection, ScopedQuestions } from "@/components/accountability/page-section";
import { FiguresList } from "@/components/accountability/figures-list";
import { DelayHistogram } from "@/components/charts/delay-histogram";
import { MonthlyChart } from "@/components/charts/monthly-chart";
import { searchQuestions } from "@/lib/data/search";
import { getMinisterPage, HISTOGRAM_BIN_DAYS } from "@/lib/data/statistics";
import { languageOrder } from "@/lib/i18n/language-order";
import { ministerPath, ministersPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { figuresSummary, scopedPageMetadata } from "@/lib/reader/metadata";
import { numericIdParam } from "@/lib/route-params";
import { parseScopedSearchParams } from "@/lib/search/parse-params";

type PageProps = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const parsed = numericIdParam.safeParse(id);
  const page = parsed.success ? await getMinisterPage({ id: parsed.data }) : null;
  if (!page) return {};
  const t = await getTranslations({ locale, namespace: "accountability.minister" });
  const title = page.minister.title[languageOrder(locale).primary];
  const description = t("metaDescription", { title, summary: await figuresSummary(page.minister, locale) });
  return scopedPageMetadata({ locale, path: ministerPath(locale, page.minister.id), title, description, feed: { addressee: page.minister.id } });
}

/**
 * /{locale}/ministers/{addresseeId}: one portfolio as printed, its figures, a histogram of its
 * days to answer, its questions asked and answered per month, and its questions newest first
 * through the search itself (the exact-addressee filter), with the search's facets and pages.
 */
export default async function MinisterPage({ params, searchParams }: PageProps) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const parsed = numericIdParam.safeParse(id);
  if (!parsed.success) notFound();
  const { params: search, notices } = parseScopedSearchParams(await searchParams, { addressee: parsed.data });
  const [page, t, tMinisters] = await Promise.all([
    getMinisterPage({ id: parsed.data }),
    getTranslations("accountability.minister"),
    getTranslations("accountability.ministers"),
  ]);
  if (!page) notFound();
  const outcome = searchQuestions({ params: search, notices });
  const { primary, secondary } = languageOrder(locale);
  const link = "text-blue-800 underline dark:text-blue-300";
  return (
    <main>
      <p className="mb-2 text-sm"><Link href={ministersPath(locale)} className={link}>{t("allMinisters")}</Link></p>
      <h1 className="mb-1">
        <span className="block text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("kicker")}</span>
        <span lang={primary} className="mt-1 block text-3xl font-semibold">{page.minister.title[primary]}</span>
      </h1>
      <p lang={secondary} className="text-lg text-slate-600 dark:text-slate-400">{page.minister.title[secondary]}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400" data-grouping-note>{tMinisters("groupedByTitle")}</p>

      <PageSection id="minister-figures" heading={(await getTranslations("accountability.figures"))("heading")} className="mt-6">
        <FiguresList figures={page.minister} locale={locale} />
      </PageSection>

      <div className="mt-8 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="minister-histogram">
          <h2 id="minister-histogram" className="mb-2 text-xl font-semibold">{t("histogramHeading")}</h2>
          <DelayHistogram bins={page.histogram} binDays={HISTOGRAM_BIN_DAYS} id="minister-delays" />
        </section>
        <section aria-labelledby="minister-monthly">
          <h2 id="minister-monthly" className="mb-2 text-xl font-semibold">{t("monthlyHeading")}</h2>
          <MonthlyChart months={page.monthly} id="minister-months" />
        </section>
      </div>

      <ScopedQuestions id="minister-questions" heading={t("questionsHeading")} searchLabel={t("searchThese")} search={search} outcome={outcome} locale={locale} pagePath={ministerPath(locale, parsed.data)} fixed="addressee" fixedFacet="minister" />
    </main>
  );
}
