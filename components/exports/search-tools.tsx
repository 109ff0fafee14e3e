import { getFormatter, getTranslations } from "next-intl/server";
import { EXPORT_CAP } from "@/lib/exports/records";
import { exportPath, feedPath } from "@/lib/i18n/feed-paths";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchParams } from "@/lib/search/parse-params";

const LINK = "text-blue-800 underline dark:text-blue-300";

/** Under the search form: this search's Atom feeds, and its results as CSV and JSON Lines. */
export async function SearchTools({ params, locale }: { params: SearchParams; locale: Locale }) {
  const [tFeeds, tExports, format] = await Promise.all([
    getTranslations({ locale, namespace: "sets.feeds" }),
    getTranslations({ locale, namespace: "sets.exports" }),
    getFormatter(),
  ]);
  return (
    <div data-search-tools className="mb-6 flex flex-wrap gap-x-8 gap-y-2 text-sm">
      <p>
        <span className="mr-2 font-semibold">{tFeeds("linksLabel")}</span>
        <a href={feedPath(locale, "answers", params)} type="application/atom+xml" data-feed="answers" className={LINK}>
          {tFeeds("linkAnswers")}
        </a>
        {" · "}
        <a href={feedPath(locale, "questions", params)} type="application/atom+xml" data-feed="questions" className={LINK}>
          {tFeeds("linkQuestions")}
        </a>
      </p>
      <p>
        <span className="mr-2 font-semibold">{tExports("label")}</span>
        <a href={exportPath("csv", locale, params)} download aria-label={tExports("csvLabel")} data-export="csv" className={LINK}>
          {tExports("csv")}
        </a>
        {" · "}
        <a href={exportPath("jsonl", locale, params)} download aria-label={tExports("jsonlLabel")} data-export="jsonl" className={LINK}>
          {tExports("jsonl")}
        </a>
        <span className="ml-2 text-slate-600 dark:text-slate-400">({tExports("cap", { cap: format.number(EXPORT_CAP) })})</span>
      </p>
    </div>
  );
}
