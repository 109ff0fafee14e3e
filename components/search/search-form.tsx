import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { searchPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { DEFAULT_PAGE_SIZE, SORTS, type SearchParams } from "@/lib/search/parse-params";
import { STATUS_KINDS } from "@/lib/status/status";

const field = "w-full rounded border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100";

/** The full search form: a plain GET form (works without JavaScript), prefilled from the URL. */
export async function SearchForm({ params, locale }: { params: SearchParams; locale: Locale }) {
  const [t, tSort, tStatus] = await Promise.all([
    getTranslations("search.form"),
    getTranslations("search.sort"),
    getTranslations("common.status"),
  ]);
  return (
    <form action={searchPath(locale)} method="get" className="mb-6 space-y-3" data-search-form>
      <div>
        <label htmlFor="search-q" className="block text-sm font-medium">{t("q")}</label>
        <input id="search-q" name="q" type="search" defaultValue={params.q} aria-describedby="search-q-hint" className={field} />
        <p id="search-q-hint" className="text-xs text-slate-600 dark:text-slate-400">{t("qHint")}</p>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="minister" label={t("minister")} value={params.minister} />
        <TextField name="author" label={t("author")} value={params.author} />
        <TextField name="party" label={t("party")} value={params.party} />
        <TextField name="from" label={t("from")} value={params.from ?? ""} type="date" />
        <TextField name="to" label={t("to")} value={params.to ?? ""} type="date" />
        <TextField name="legislature" label={t("legislature")} value={params.legislature?.toString() ?? ""} inputMode="numeric" />
        <div>
          <label htmlFor="search-status" className="block text-sm font-medium">{t("status")}</label>
          <select id="search-status" name="status" defaultValue={params.status ?? ""} className={field}>
            <option value="">{t("anyStatus")}</option>
            {STATUS_KINDS.map((status) => <option key={status} value={status}>{tStatus(status)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="search-sort" className="block text-sm font-medium">{t("sort")}</label>
          <select id="search-sort" name="sort" defaultValue={params.sort} className={field}>
            {SORTS.map((sort) => <option key={sort} value={sort}>{tSort(sort)}</option>)}
          </select>
        </div>
      </div>
      {params.size !== DEFAULT_PAGE_SIZE && <input type="hidden" name="size" value={params.size} />}
      {/* Chosen in the facets; kept when the words change. */}
      {params.session && <input type="hidden" name="session" value={params.session} />}
      {/* Set by a minister page's "search these questions": the one portfolio, kept. */}
      {params.addressee !== null && <input type="hidden" name="addressee" value={params.addressee} />}
      <div className="flex items-center gap-4">
        <button type="submit" className="rounded bg-blue-700 px-4 py-1.5 font-medium text-white hover:bg-blue-800">{t("submit")}</button>
        <Link href={searchPath(locale)} className="underline">{t("reset")}</Link>
      </div>
    </form>
  );
}

function TextField({ name, label, value, type = "text", inputMode }: { name: string; label: string; value: string; type?: string; inputMode?: "numeric" }) {
  return (
    <div>
      <label htmlFor={`search-${name}`} className="block text-sm font-medium">{label}</label>
      <input id={`search-${name}`} name={name} type={type} defaultValue={value} inputMode={inputMode} className={field} />
    </div>
  );
}
