import { getTranslations } from "next-intl/server";

/**
 * Shown in place of the results when the database did not answer in time: said in words, on the
 * server, so that it reads the same with or without JavaScript, and the form above stays usable.
 */
export async function SearchUnavailable() {
  const t = await getTranslations("search.unavailable");
  return (
    <div role="alert" data-search-unavailable className="rounded border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{t("title")}</p>
      <p className="mt-1">{t("body")}</p>
    </div>
  );
}
