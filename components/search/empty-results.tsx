import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Loosening } from "@/lib/data/search";
import type { SearchParams } from "@/lib/search/parse-params";
import type { ResultsPath } from "@/lib/i18n/paths";

const CLEARED: Record<Loosening, Partial<SearchParams>> = {
  minister: { minister: "" },
  author: { author: "" },
  party: { party: "" },
  legislature: { legislature: null },
  session: { session: null },
  from: { from: null, to: null },
  status: { status: null },
};

/** Nothing matched: one link per filter that is set, each dropping that filter, and tips on the words. */
export async function EmptyResults({ params, loosen, pathFor }: { params: SearchParams; loosen: Loosening[]; pathFor: ResultsPath }) {
  const [t, tForm] = await Promise.all([getTranslations("search.empty"), getTranslations("search.form")]);
  return (
    <div className="mt-4 rounded border border-slate-200 p-4 dark:border-slate-700" data-empty>
      <h2 className="font-semibold">{t("title")}</h2>
      {loosen.length > 0 && (
        <>
          <p className="mt-2">{t("loosen")}</p>
          <ul className="mt-1 list-inside list-disc">
            {loosen.map((filter) => (
              <li key={filter}>
                <Link href={pathFor(params, CLEARED[filter])} className="underline">
                  {t("remove", { filter: tForm(filter) })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {params.q && <p className="mt-2">{t("fewerWords")}</p>}
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("tips")}</p>
    </div>
  );
}
