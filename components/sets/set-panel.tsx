import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { questionSetPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { SiblingSet } from "@/lib/data/sibling-set";

/**
 * On a question with siblings, inside its "also asked to" section: how many questions the set
 * holds, how many the archive has and has answers for, and the way to the set's grid. No heading
 * of its own: it belongs to the section's.
 */
export async function SetPanel({ set, locale }: { set: SiblingSet; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "sets.panel" });
  return (
    <div data-set-panel className="mb-4 rounded-md border border-slate-200 px-4 py-3 print:hidden dark:border-slate-800">
      <p className="text-sm font-semibold">{t("heading")}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("summary", set.counts)}</p>
      <p className="mt-2">
        <Link href={questionSetPath(locale, set.id)} aria-label={t("linkLabel", { id: set.id })} className="font-semibold text-blue-800 underline dark:text-blue-300">
          {t("link")}
        </Link>
      </p>
    </div>
  );
}
