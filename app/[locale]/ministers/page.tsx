import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MinisterTable } from "@/components/accountability/minister-table";
import { listMinisterFigures } from "@/lib/data/statistics";
import { languageOrder } from "@/lib/i18n/language-order";
import { ministersPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { sharingMetadata } from "@/lib/reader/metadata";
import { parseMinisterTableParams } from "@/lib/stats/params";

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const { sort, dir, legislature } = parseMinisterTableParams(await searchParams);
  const t = await getTranslations({ locale, namespace: "accountability.ministers" });
  const path = ministersPath(locale, { sort, dir, legislature });
  return { title: t("title"), ...(await sharingMetadata({ locale, path, title: t("title"), description: t("metaDescription") })) };
}

/**
 * /{locale}/ministers: every addressee with its figures, sorted by any column and narrowed to a
 * legislature, all in the URL (parsed with fallbacks: a mangled link still shows the table). The
 * legislature filter is a plain GET form, so the page needs no JavaScript.
 */
export default async function MinistersPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const table = parseMinisterTableParams(await searchParams);
  const [t, { ministers, legislatures }] = await Promise.all([
    getTranslations("accountability.ministers"),
    listMinisterFigures({ ...table, direction: table.dir, titleLanguage: languageOrder(locale).primary }),
  ]);
  const field = "rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";
  return (
    <main>
      <h1 className="mb-1 text-3xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-sm text-slate-600 dark:text-slate-400" data-grouping-note>{t("groupedByTitle")}</p>
      <form action={ministersPath(locale)} method="get" className="my-4 flex flex-wrap items-end gap-3">
        <input type="hidden" name="sort" value={table.sort} />
        <input type="hidden" name="dir" value={table.dir} />
        <div>
          <label htmlFor="ministers-legislature" className="block text-sm font-medium">{t("legislature")}</label>
          <select id="ministers-legislature" name="legislature" defaultValue={table.legislature?.toString() ?? ""} className={field}>
            <option value="">{t("allLegislatures")}</option>
            {legislatures.map((number) => (
              <option key={number} value={number}>{t("legislatureOption", { number })}</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500">
          {t("filter")}
        </button>
      </form>
      {ministers.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <MinisterTable ministers={ministers} locale={locale} sorting={table} />
      )}
    </main>
  );
}
