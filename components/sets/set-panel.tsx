import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { questionSetPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { SiblingSet } from "@/lib/data/sibling-set";

/** On a question with siblings: how many there are, how many the archive holds and has answers for, and the way to the set's grid. */
export async function SetPanel({ set, locale }: { set: SiblingSet; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "sets.panel" });
  return (
    <aside aria-labelledby="set-panel-heading" data-set-panel className="mb-8 rounded-md border border-slate-200 px-4 py-3 dark:border-slate-800">
      <h2 id="set-panel-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("summary", set.counts)}</p>
      <p className="mt-2">
        <Link href={questionSetPath(locale, set.id)} aria-label={t("linkLabel", { id: set.id })} className="font-semibold text-blue-800 underline dark:text-blue-300">
          {t("link")}
        </Link>
      </p>
    </aside>
  );
}
