import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { SearchTools } from "@/components/exports/search-tools";
import { ResultsSkeleton } from "@/components/search/results-skeleton";
import { SearchResults } from "@/components/search/search-results";
import type { Facets, SearchOutcome } from "@/lib/data/search";
import { scopedResultsPath, searchPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { searchQueryString, type SearchParamName, type SearchParams } from "@/lib/search/parse-params";

/** One titled section of a minister's, member's or party's page. */
export function PageSection({ id, heading, children, className = "mt-8" }: { id: string; heading: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-2 text-xl font-semibold">{heading}</h2>
      {children}
    </section>
  );
}

/**
 * The questions of a minister, member or party, newest first, through the search itself: a link
 * to the same search on the search page, its feeds and exports, and its results streamed in,
 * whose facets and pages stay on this page (`pagePath`, with the page's own filter `fixed`).
 */
export function ScopedQuestions({ id, heading, searchLabel, search, outcome, locale, pagePath, fixed, fixedFacet }: {
  id: string;
  heading: string;
  searchLabel: string;
  search: SearchParams;
  outcome: Promise<SearchOutcome>;
  locale: Locale;
  pagePath: string;
  fixed: SearchParamName;
  fixedFacet?: keyof Facets;
}) {
  return (
    <PageSection id={id} heading={heading}>
      <p className="mb-4"><Link href={searchPath(locale, search)} className="text-blue-800 underline dark:text-blue-300">{searchLabel}</Link></p>
      <SearchTools params={search} locale={locale} />
      <Suspense key={searchQueryString(search)} fallback={<ResultsSkeleton />}>
        <SearchResults outcome={outcome} locale={locale} pathFor={scopedResultsPath(pagePath, fixed)} fixedFacet={fixedFacet} />
      </Suspense>
    </PageSection>
  );
}
