import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import type { SiblingSummary } from "@/lib/data/question-page";
import { languageOrder } from "@/lib/i18n/language-order";
import { questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { senateQuestionUrl } from "@/lib/reader/senate";
import { StatusBadge } from "./status-badge";

/**
 * "Also asked to": the same question under the other ministers' numbers. Siblings in the archive
 * are cards (addressee, status) linking to their pages; the others, which the archive can say
 * nothing about, are one line of numbers linking to the Senate's official pages. In print the
 * cards give way to that line for every sibling: the links stay, the boxes go.
 */
export async function SiblingList({
  siblings,
  locale,
  headingId,
  children,
}: {
  siblings: SiblingSummary[];
  locale: Locale;
  headingId: string;
  /** Shown under the intro: the whole set's panel (components/sets/set-panel.tsx). */
  children?: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "reader.siblings" });
  // senate.be has French and Dutch pages only: the interface's language, French for English.
  const { primary: language } = languageOrder(locale);
  const inArchive = siblings.filter((sibling) => sibling.isInArchive);
  const elsewhere = siblings.filter((sibling) => !sibling.isInArchive);
  const officialLink = (id: string) => (
    <a
      href={senateQuestionUrl(id, language) ?? undefined}
      aria-label={t("onSenateLabel", { id })}
      rel="external noopener"
      className="whitespace-nowrap tabular-nums text-blue-800 underline dark:text-blue-300"
    >
      {id}
    </a>
  );
  return (
    <section id="also-asked-to" aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className="mb-1 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{t("intro", { count: siblings.length })}</p>
      {children}
      {inArchive.length > 0 && (
        <div className="mb-4 print:hidden">
          <h3 className="mb-2 text-base font-semibold">{t("inArchive")}</h3>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {inArchive.map((sibling) =>
              sibling.isInArchive ? (
                <li key={sibling.id} data-sibling={sibling.id} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
                  <Link href={questionPath(locale, sibling.id)} className="font-semibold text-blue-800 underline dark:text-blue-300">
                    {sibling.id}
                  </Link>
                  <span lang={language} className="mt-0.5 block text-sm">
                    {sibling.addressee[language]}
                  </span>
                  <span className="mt-1 block">
                    <StatusBadge status={sibling.status} locale={locale} size="sm" />
                  </span>
                </li>
              ) : null,
            )}
          </ul>
        </div>
      )}
      {elsewhere.length > 0 && (
        <p data-siblings-elsewhere className="leading-relaxed print:hidden">
          <span className="mr-1 text-slate-700 dark:text-slate-300">{t("elsewhere")}</span>
          {elsewhere.map((sibling, index) => (
            <span key={sibling.id} data-sibling={sibling.id}>
              {officialLink(sibling.id)}
              {index < elsewhere.length - 1 ? ", " : ""}
            </span>
          ))}
        </p>
      )}
      {/* Print: every sibling as a number with its link, the archive's own pages for those it holds. */}
      <p className="hidden leading-relaxed print:block">
        {siblings.map((sibling, index) => (
          <span key={sibling.id}>
            {sibling.isInArchive ? <Link href={questionPath(locale, sibling.id)}>{sibling.id}</Link> : officialLink(sibling.id)}
            {index < siblings.length - 1 ? ", " : ""}
          </span>
        ))}
      </p>
    </section>
  );
}
