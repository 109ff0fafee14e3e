import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { READER_VIEWS, type ReaderView } from "@/lib/reader/parallel";

/**
 * Both languages, French alone or Dutch alone: three submit buttons of one form posting to a
 * server action (bound to the page) that stores the choice in a cookie, so it works with or
 * without JavaScript. The current view is the pressed button.
 */
export async function ReaderViewForm({ view, locale, action }: { view: ReaderView; locale: Locale; action: (form: FormData) => Promise<void> }) {
  const [t, tLanguages] = await Promise.all([getTranslations({ locale, namespace: "reader.reader" }), getTranslations({ locale, namespace: "common.languages" })]);
  return (
    <form action={action} className="print:hidden">
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">{t("viewLabel")}</legend>
        <span aria-hidden="true" className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{t("viewLabel")}</span>
        <span className="inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
          {READER_VIEWS.map((option) => (
            <button
              key={option}
              type="submit"
              name="view"
              value={option}
              aria-pressed={option === view}
              lang={option === "both" ? locale : option}
              data-view={option}
              className="border-l border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 first:border-l-0 hover:bg-slate-100 aria-pressed:bg-slate-800 aria-pressed:text-white dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
            >
              {option === "both" ? t("viewBoth") : tLanguages(option)}
            </button>
          ))}
        </span>
      </fieldset>
    </form>
  );
}
