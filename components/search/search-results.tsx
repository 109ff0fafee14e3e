import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { searchQuestions } from "@/lib/data/search";
import type { SearchParams } from "@/lib/search/parse-params";
import { EmptyResults } from "./empty-results";
import { FacetPanel } from "./facet-panel";
import { Pagination } from "./pagination";
import { ResultItem } from "./result-item";

/** The part of the search page that waits for the database: count, facets, hits, pages. */
export async function SearchResults({ params, locale }: { params: SearchParams; locale: string }) {
  const [outcome, t, format] = await Promise.all([
    searchQuestions({ params }),
    getTranslations("search.results"),
    getFormatter(),
  ]);
  if (outcome.redirectTo) redirect(`/${locale}/questions/${outcome.redirectTo}`);
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <div className="order-2 md:order-1">
        <FacetPanel facets={outcome.facets} params={params} locale={locale} />
      </div>
      <section className="order-1 md:order-2" aria-labelledby="result-count">
        <p id="result-count" role="status" className="text-slate-700 dark:text-slate-300">
          {t("count", { count: outcome.total })}
          {outcome.pageCount > 1 && ` · ${t("pageOf", { page: format.number(params.page), pages: format.number(outcome.pageCount) })}`}
        </p>
        {outcome.hasNoSearchableWords && <p className="mt-2 text-amber-800 dark:text-amber-300">{t("noSearchableWords")}</p>}
        {outcome.total === 0 ? (
          <EmptyResults params={params} loosen={outcome.loosen} locale={locale} />
        ) : (
          <ol className="divide-y divide-slate-200 dark:divide-slate-800">
            {outcome.hits.map((hit) => (
              <ResultItem key={hit.record.id} hit={hit} locale={locale} />
            ))}
          </ol>
        )}
        <Pagination params={params} pageCount={outcome.pageCount} locale={locale} />
      </section>
    </div>
  );
}
