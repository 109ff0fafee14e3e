import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { SearchTools } from "@/components/exports/search-tools";
import { ParamNotices } from "@/components/search/param-notices";
import { ResultsSkeleton } from "@/components/search/results-skeleton";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { KnownSiblingNotice } from "@/components/search/known-sibling-notice";
import { searchQuestions } from "@/lib/data/search";
import { findMissingQuestion, type MissingQuestion } from "@/lib/data/siblings";
import { feedAlternates } from "@/lib/i18n/feed-alternates";
import { questionPath, searchPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { parseSearchParams, searchQueryString } from "@/lib/search/parse-params";
import { readQueryIntent } from "@/lib/search/query";
import { sharingMetadata } from "@/lib/reader/metadata";

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const { params: search } = parseSearchParams(await searchParams);
  const [t, alternates] = await Promise.all([getTranslations({ locale, namespace: "search" }), feedAlternates(locale, search)]);
  const title = search.q ? t("titleWithQuery", { q: search.q }) : t("title");
  const description = search.q ? t("metaDescriptionWithQuery", { q: search.q }) : t("metaDescription");
  // Result pages are endless variations of one page: not for search engines' indexes.
  return {
    title,
    ...(await sharingMetadata({ locale, path: searchPath(locale, search), title, description })),
    robots: { index: false, follow: true },
    // Feed readers find this search's feeds from the page (made absolute on PUBLIC_ORIGIN by the layout's metadataBase).
    alternates,
  };
}

/**
 * /{locale}/search: the whole state is in the URL. The search runs once per request. A query
 * that reads as a question number is awaited before anything renders, so that a number in the
 * archive opens its question (a redirect must come before the page starts streaming); any other
 * query renders the form and the notices at once (a number the archive does not hold gets its
 * official page first, with the questions it is another minister's copy of, if any, in place of
 * the "no result") and streams the results in behind a skeleton,
 * keyed on the parameters so that a new search shows the skeleton again.
 */
export default async function SearchPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { params: search, notices } = parseSearchParams(await searchParams);
  const outcome = searchQuestions({ params: search, notices });
  let missing: MissingQuestion | null = null;
  if (readQueryIntent(search.q).kind === "number") {
    const settled = await outcome;
    if (settled.kind === "redirect") redirect(questionPath(locale, settled.id));
    // Not in the archive: perhaps another minister's copy of a question that is, or one the
    // archive lacks; either way the Senate's page for it.
    missing = await findMissingQuestion({ q: search.q });
  }
  const t = await getTranslations("search");
  return (
    <main>
      <h1 className="mb-4 text-3xl font-semibold">{t("title")}</h1>
      <ParamNotices notices={notices} />
      {missing && <KnownSiblingNotice missing={missing} locale={locale} />}
      <SearchForm params={search} locale={locale} />
      <SearchTools params={search} locale={locale} />
      <Suspense key={searchQueryString(search)} fallback={<ResultsSkeleton />}>
        <SearchResults outcome={outcome} locale={locale} isNoResultExplained={missing !== null} />
      </Suspense>
    </main>
  );
}
