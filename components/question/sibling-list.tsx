import { getTranslations } from "next-intl/server";
import type { SiblingSummary } from "@/lib/data/question-page";
import Link from "next/link";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { senateQuestionUrl } from "@/lib/reader/senate";
import { StatusBadge } from "./status-badge";

/**
 * "Also asked to": the same question under the other ministers' numbers. A sibling in the archive
 * links to its page; one that is not links to the Senate's official page (French or Dutch site).
 */
export async function SiblingList({ siblings, locale, headingId }: { siblings: SiblingSummary[]; locale: Locale; headingId: string }) {
  const t = await getTranslations("reader.siblings");
  // senate.be has French and Dutch pages only; English readers get the French one.
  const { primary: senateLanguage } = languageOrder(locale);
  const addresseeLanguage = senateLanguage;
  return (
    <section id="also-asked-to" aria-labelledby={headingId} className="scroll-mt-4">
      <h2 id={headingId} className="mb-1 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t("intro", { count: siblings.length })}</p>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {siblings.map((sibling) => (
          <li
            key={sibling.id}
            data-sibling={sibling.id}
            className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800"
          >
            {sibling.isInArchive ? (
              <>
                <Link href={questionPath(locale, sibling.id)} className="font-semibold text-blue-800 underline dark:text-blue-300">
                  {sibling.id}
                </Link>
                <span lang={addresseeLanguage} className="mt-0.5 block text-sm">
                  {sibling.addressee[addresseeLanguage]}
                </span>
                <span className="mt-1 block">
                  <StatusBadge status={sibling.status} size="sm" />
                </span>
              </>
            ) : (
              <>
                <span className="flex flex-wrap items-baseline justify-between gap-x-2">
                  <span className="font-semibold tabular-nums">{sibling.id}</span>
                  <span className="text-xs text-slate-600 dark:text-slate-400">{t("notInArchive")}</span>
                </span>
                <a
                  href={senateQuestionUrl(sibling.id, senateLanguage) ?? undefined}
                  aria-label={t("onSenateLabel", { id: sibling.id })}
                  className="text-sm text-blue-800 underline dark:text-blue-300"
                  rel="external noopener"
                >
                  {t("onSenate")}
                  <span aria-hidden="true"> ↗</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
