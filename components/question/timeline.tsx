import { getTranslations } from "next-intl/server";
import { formatLongDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";
import type { TimelineStep } from "@/lib/reader/timeline";

/** Sent, reminders, answer: a vertical line of dated events with the days between them. */
export async function Timeline({ steps, headingId, locale }: { steps: TimelineStep[]; headingId: string; locale: Locale }) {
  const t = await getTranslations("reader.timeline");
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      <ol className="relative ml-1.5 border-l-2 border-slate-300 dark:border-slate-700">
        {steps.map((step, index) => (
          <li key={`${step.date}-${index}`} data-kind={step.kind} className="relative pb-4 pl-5 last:pb-0">
            <span
              aria-hidden="true"
              className={[
                "absolute -left-[7px] top-1.5 size-3 rounded-full ring-4 ring-white dark:ring-slate-950",
                step.kind === "answer" ? "bg-emerald-600 dark:bg-emerald-400" : step.kind === "reminder" ? "bg-amber-500 dark:bg-amber-400" : "bg-blue-700 dark:bg-blue-400",
              ].join(" ")}
            />
            {step.daysSincePrevious !== null && (
              <span className="block text-xs text-slate-600 dark:text-slate-400">{t("after", { days: step.daysSincePrevious })}</span>
            )}
            <span className="block font-medium">{t(step.kind)}</span>
            <time dateTime={step.date} className="block text-sm text-slate-700 dark:text-slate-300">
              {formatLongDate(step.date, locale)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
