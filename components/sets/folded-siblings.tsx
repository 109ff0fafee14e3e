import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { QuestionSummaryList } from "@/components/questions/question-summary";
import { questionSetPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/**
 * Under a search hit, the other members of its sibling set that the page matched, folded: a
 * <details> opens them without JavaScript, and the set's grid is one link away.
 */
export async function FoldedSiblings({ leadId, count, locale, children }: { leadId: string; count: number; locale: Locale; children: ReactNode }) {
  const [t, tPanel] = await Promise.all([getTranslations({ locale, namespace: "sets.fold" }), getTranslations({ locale, namespace: "sets.panel" })]);
  return (
    <details data-folded-siblings={leadId} className="mt-2 rounded-md border border-slate-200 px-3 py-1 dark:border-slate-800">
      <summary className="cursor-pointer py-1 text-sm font-medium text-blue-800 dark:text-blue-300">{t("more", { count })}</summary>
      <div className="pl-2">
        <QuestionSummaryList>{children}</QuestionSummaryList>
        <p className="py-2 text-sm">
          <Link href={questionSetPath(locale, leadId)} className="text-blue-800 underline dark:text-blue-300">
            {tPanel("link")}
          </Link>
        </p>
      </div>
    </details>
  );
}
