import { getTranslations } from "next-intl/server";
import type { ReaderRow, ReaderView } from "@/lib/reader/parallel";
import type { Language } from "@/lib/source/record";
import { CopyLink } from "./copy-link";

/**
 * French and Dutch side by side, one grid row per aligned pair so that counterparts start at the
 * same height. On a narrow screen each row stacks its two paragraphs, each labelled with its
 * language. A row that is not one-to-one (a paragraph split, merged or missing in one version)
 * carries a discreet notice.
 *
 * With a one-language view both texts are still rendered, the other one hidden by CSS
 * (app/globals.css) unless a link targets one of its paragraphs: a shared link to a Dutch
 * paragraph still shows it to a reader who reads French only.
 */
export async function ParallelText({
  rows,
  languages,
  view,
  originalLanguage,
  interfaceLocale,
}: {
  rows: ReaderRow[];
  /** Left (or top) column first. */
  languages: readonly [Language, Language];
  view: ReaderView;
  /** Set for the question, whose original language is known; the answer's is not recorded. */
  originalLanguage?: Language;
  interfaceLocale: string;
}) {
  const [t, tLanguages] = await Promise.all([getTranslations("reader.reader"), getTranslations("common.languages")]);
  const isBoth = view === "both";
  const columnLabel = (language: Language) => (
    <>
      <span lang={language}>{tLanguages(language)}</span>
      {originalLanguage && (
        <span lang={interfaceLocale} className="ml-2 text-xs font-normal text-slate-600 dark:text-slate-400">
          {language === originalLanguage ? t("original") : t("translation")}
        </span>
      )}
    </>
  );
  const columns = isBoth ? "md:grid-cols-2 print:grid-cols-2" : "";
  return (
    <div className="parallel-text" data-view={view}>
      <div
        className={`mb-2 gap-x-10 border-b border-slate-200 pb-1.5 text-sm font-semibold text-slate-700 dark:border-slate-800 dark:text-slate-300 ${isBoth ? "hidden md:grid print:grid" : "grid"} ${columns}`}
      >
        {languages.map((language) => (
          <div key={language} data-column-label={language}>{columnLabel(language)}</div>
        ))}
      </div>
      {rows.map((row, index) => (
        <div
          key={index}
          data-row={index}
          data-irregular={row.isIrregular || undefined}
          className={[
            "parallel-row grid gap-x-10 border-t border-slate-200 first-of-type:border-t-0 md:border-0 print:border-0 dark:border-slate-800",
            isBoth ? "gap-y-2 py-3 md:gap-y-1 md:py-2" : "border-t-0 py-1.5",
            columns,
            row.isIrregular && isBoth ? "-mx-3 rounded-md bg-slate-50 px-3 dark:bg-slate-900" : "",
          ].join(" ")}
        >
          {row.isIrregular && isBoth && (
            <p className="text-xs italic text-slate-600 md:col-span-2 print:col-span-2 dark:text-slate-400">{t("irregular")}</p>
          )}
          {languages.map((language) => (
            <div key={language} lang={language} data-lang={language} className="min-w-0 [overflow-wrap:anywhere]">
              {isBoth && (
                <span className="mb-0.5 block text-xs font-semibold uppercase tracking-wide text-slate-600 md:hidden print:hidden dark:text-slate-400">
                  {tLanguages(language)}
                </span>
              )}
              {row[language].length === 0 ? (
                isBoth && (
                  <p lang={interfaceLocale} className="text-sm italic text-slate-600 dark:text-slate-400">
                    {t("noCounterpart")}
                  </p>
                )
              ) : (
                row[language].map((paragraph) => (
                  <p
                    key={paragraph.anchor}
                    id={paragraph.anchor}
                    className={`paragraph mb-3 rounded-sm last:mb-0 ${paragraph.isBullet ? "pl-4 -indent-4" : ""}`}
                  >
                    {paragraph.text}
                    <CopyLink anchor={paragraph.anchor} label={t("copyLink")} copiedLabel={t("copied")} lang={interfaceLocale} />
                  </p>
                ))
              )}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
