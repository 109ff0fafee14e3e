import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MinisterFigures, MinisterSort } from "@/lib/data/statistics";
import { formatLongDate } from "@/lib/i18n/dates";
import { languageOrder } from "@/lib/i18n/language-order";
import { ministerPath, ministersPath, questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { nextSort, type MinisterTableParams } from "@/lib/stats/params";
import { figureFormat } from "./figure-format";

const COLUMNS: readonly MinisterSort[] = ["title", "questions", "answered", "median", "p90", "reminded", "oldest"];

const link = "text-blue-800 underline dark:text-blue-300";

/**
 * Portfolios and their figures, one row each: the title in the interface's first language, the
 * other beneath. With `sorting`, every column header is a link that sorts by it (the sort lives in
 * the URL) and the current one carries aria-sort; without, a plain table (a member's "ministers
 * asked most").
 */
export async function MinisterTable({ ministers, locale, sorting }: { ministers: MinisterFigures[]; locale: Locale; sorting?: MinisterTableParams }) {
  const [t, tFigures] = await Promise.all([getTranslations("accountability.ministers"), getTranslations("accountability.figures")]);
  const format = await figureFormat(tFigures("none"));
  const { primary, secondary } = languageOrder(locale);
  const columnName = (column: MinisterSort) => t(`columns.${column}`);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-minister-table>
        {sorting && (
          <caption className="sr-only">
            {t("caption", { column: columnName(sorting.sort), direction: t(sorting.dir === "asc" ? "ascending" : "descending") })}
          </caption>
        )}
        <thead>
          <tr className="border-b border-slate-300 text-left align-bottom dark:border-slate-700">
            {COLUMNS.map((column) => {
              const isCurrent = sorting?.sort === column;
              const target = sorting ? nextSort(sorting, column) : null;
              return (
                <th
                  key={column}
                  scope="col"
                  data-column={column}
                  aria-sort={isCurrent ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined}
                  className={`px-2 py-2 font-medium ${column === "title" ? "" : "text-right"}`}
                >
                  {target ? (
                    <Link href={ministersPath(locale, { ...target, legislature: sorting?.legislature })} className={link} aria-label={t("sortBy", { column: columnName(column) })}>
                      {columnName(column)}
                      {isCurrent && <span aria-hidden="true">{sorting.dir === "asc" ? " ▲" : " ▼"}</span>}
                    </Link>
                  ) : (
                    columnName(column)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {ministers.map((minister) => (
            <tr key={minister.id} data-minister={minister.id} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link href={ministerPath(locale, minister.id)} lang={primary} className={`font-medium ${link}`}>
                  {minister.title[primary]}
                </Link>
                <span lang={secondary} className="block text-slate-600 dark:text-slate-400">{minister.title[secondary]}</span>
              </th>
              <td className="px-2 py-2 text-right tabular-nums" data-value="questions">{format.count(minister.questions)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="answered">{format.share(minister.answeredShare)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="median">{format.days(minister.medianDays)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="p90">{format.days(minister.p90Days)}</td>
              <td className="px-2 py-2 text-right tabular-nums" data-value="reminded">{format.share(minister.remindedShare)}</td>
              <td className="px-2 py-2 text-right" data-value="oldest">
                {minister.oldestAwaiting ? (
                  <Link href={questionPath(locale, minister.oldestAwaiting.id)} className={link}>
                    {tFigures("oldest", { id: minister.oldestAwaiting.id, date: formatLongDate(minister.oldestAwaiting.askedOn, locale), days: minister.oldestAwaiting.days })}
                  </Link>
                ) : (
                  tFigures("none")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
