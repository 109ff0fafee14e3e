import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Figures } from "@/lib/data/statistics";
import { formatLongDate } from "@/lib/i18n/dates";
import { questionPath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { figureFormat } from "./figure-format";

/** The figures of a minister, member, party or the whole archive, as a list of terms and values, with how they are counted. */
export async function FiguresList({ figures, locale }: { figures: Figures; locale: Locale }) {
  const t = await getTranslations("accountability.figures");
  const format = await figureFormat(t("none"));
  const rows: [string, string, ReactNode][] = [
    ["questions", t("questions"), format.count(figures.questions)],
    ["answered", t("answeredShare"), `${format.share(figures.answeredShare)} (${t("answeredCount", { answered: figures.answered, questions: figures.questions })})`],
    ["median", t("median"), figures.medianDays === null ? t("noneAnswered") : format.days(figures.medianDays)],
    ["p90", t("p90"), figures.p90Days === null ? t("noneAnswered") : format.days(figures.p90Days)],
    ["reminded", t("reminded"), format.share(figures.remindedShare)],
    ["awaiting", t("awaiting"), format.count(figures.awaiting)],
    [
      "oldest",
      t("oldestAwaiting"),
      figures.oldestAwaiting ? (
        <Link href={questionPath(locale, figures.oldestAwaiting.id)} className="text-blue-800 underline dark:text-blue-300">
          {t("oldest", { id: figures.oldestAwaiting.id, date: formatLongDate(figures.oldestAwaiting.askedOn, locale), days: figures.oldestAwaiting.days })}
        </Link>
      ) : (
        t("noneAwaiting")
      ),
    ],
  ];
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-figures>
        {rows.map(([key, term, value]) => (
          <div key={key} className="contents" data-figure={key}>
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("countedNote")}</p>
    </div>
  );
}
