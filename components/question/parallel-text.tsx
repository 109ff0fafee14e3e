import { getTranslations } from "next-intl/server";
import type { ReaderRow, ReaderView } from "@/lib/reader/parallel";
import type { Language } from "@/lib/source/record";
import { CopyLinkHandler } from "./copy-link";

/**
 * French and Dutch side by side, one grid row per aligned pair so that counterparts start at the
 * same height. On a narrow screen each row stacks its two paragraphs, each labelled with its
 * language. A row that is not one-to-one (a paragraph split, merged or missing in one version)
 * carries a discreet notice.
 *
 * Classes of the elements repeated for every row and paragraph are defined in app/globals.css
 * rather than spelled out in utilities here: a question has dozens of paragraphs, and each class
 * list was sent twice, in the HTML and in the React payload (issue 12: a third of the page).
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
  const copyLabel = t("copyLink");
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
      <CopyLinkHandler copiedLabel={t("copied")} />
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
          className={`parallel-row ${columns}`}
        >
          {row.isIrregular && isBoth && (
            <p className="text-xs italic text-slate-600 md:col-span-2 print:col-span-2 dark:text-slate-400">{t("irregular")}</p>
          )}
          {languages.map((language) => (
            <div key={language} lang={language} data-lang={language} className="parallel-cell">
              {isBoth && (
                <span className="stacked-label">
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
                    className={paragraph.isBullet ? "paragraph bullet" : "paragraph"}
                  >
                    {paragraph.text}
                    <a href={`#${paragraph.anchor}`} aria-label={copyLabel} title={copyLabel} lang={interfaceLocale} className="copy-link">¶</a>
                    <span role="status" lang={interfaceLocale} className="copy-status" />
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
