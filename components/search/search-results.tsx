import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { QuestionSummary, QuestionSummaryList } from "@/components/questions/question-summary";
import { summarizeRecord } from "@/lib/data/questions";
import type { Facets, SearchOutcome } from "@/lib/data/search";
import { searchResultsPath, type ResultsPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { MAX_PAGE } from "@/lib/search/parse-params";
import { FoldedSiblings } from "@/components/sets/folded-siblings";
import { foldSiblingHits } from "@/lib/sets/fold";
import { EmptyResults } from "./empty-results";
import { FacetPanel } from "./facet-panel";
import { QueryReadings } from "./query-readings";
import { SearchUnavailable } from "./search-unavailable";
import { SnippetPair } from "./snippet";

/**
 * The part of the search page that waits for the database: count, facets, hits, pages. The page
 * itself redirects a question number to its question before streaming; an outcome that still
 * names one question shows it as the single hit. The members of one sibling set on the page fold
 * into one hit (lib/sets/fold.ts); the count and the pages still count questions. Facets, pages
 * and suggestions link to `pathFor`: the search page, or the minister's, member's or party's page
 * that lists these results (`fixedFacet` is that page's own filter, not offered as a facet).
 */
export async function SearchResults({ outcome: pending, locale, pathFor = searchResultsPath(locale), fixedFacet, isNoResultExplained = false }: {
  outcome: Promise<SearchOutcome>;
  locale: Locale;
  pathFor?: ResultsPath;
  fixedFacet?: keyof Facets;
  /** The page already says why nothing matched (a question number not in the archive): no "no result" box under it. */
  isNoResultExplained?: boolean;
}) {
  const [outcome, t, format] = await Promise.all([pending, getTranslations("search.results"), getFormatter()]);
  if (outcome.kind === "redirect") {
    return (
      <QuestionSummaryList>
        <QuestionSummary question={summarizeRecord(outcome.hit.record, outcome.hit.status)} locale={locale} />
      </QuestionSummaryList>
    );
  }
  if (outcome.kind === "unavailable") return <SearchUnavailable />;
  const { params } = outcome;
  const tPages = await getTranslations("common.pagination");
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <div className="order-2 md:order-1">
        <FacetPanel facets={outcome.facets} params={params} locale={locale} pathFor={pathFor} fixedFacet={fixedFacet} />
      </div>
      <section className="order-1 md:order-2" aria-labelledby="result-count">
        <p id="result-count" role="status" className="text-slate-700 dark:text-slate-300">
          {t("count", { count: outcome.total })}
          {outcome.pageCount > 1 && ` · ${tPages("pageOf", { page: format.number(params.page), pages: format.number(outcome.pageCount) })}`}
        </p>
        <QueryReadings outcome={outcome} locale={locale} pathFor={pathFor} />
        {outcome.hasNoSearchableWords && <p className="mt-2 text-amber-800 dark:text-amber-300">{t("noSearchableWords")}</p>}
        {outcome.total === 0 ? (
          !isNoResultExplained && <EmptyResults params={params} loosen={outcome.loosen} pathFor={pathFor} />
        ) : (
          <QuestionSummaryList>
            {foldSiblingHits(outcome.hits).map(({ lead, folded }) => (
              <QuestionSummary key={lead.record.id} question={summarizeRecord(lead.record, lead.status)} locale={locale}>
                {lead.snippets && (
                  <SnippetPair snippets={lead.snippets} locale={locale} labels={{ fr: t("snippetFr"), nl: t("snippetNl") }} />
                )}
                {folded.length > 0 && (
                  <FoldedSiblings leadId={lead.record.id} count={folded.length} locale={locale}>
                    {folded.map((hit) => (
                      <QuestionSummary key={hit.record.id} question={summarizeRecord(hit.record, hit.status)} locale={locale}>
                        {hit.snippets && (
                          <SnippetPair snippets={hit.snippets} locale={locale} labels={{ fr: t("snippetFr"), nl: t("snippetNl") }} />
                        )}
                      </QuestionSummary>
                    ))}
                  </FoldedSiblings>
                )}
              </QuestionSummary>
            ))}
          </QuestionSummaryList>
        )}
        <Pagination
          page={params.page}
          pageCount={Math.min(outcome.pageCount, MAX_PAGE)}
          hrefFor={(page) => pathFor(params, { page })}
        />
      </section>
    </div>
  );
}
