import type { Locale } from "@/lib/i18n/routing";
import { statusSentence } from "@/lib/i18n/status-text";
import type { QuestionStatus, StatusKind } from "@/lib/status/status";

const TONES: Record<StatusKind, { badge: string; dot: string }> = {
  answered: {
    badge: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200",
    dot: "bg-emerald-600 dark:bg-emerald-400",
  },
  awaiting: {
    badge: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
    dot: "bg-amber-500 dark:bg-amber-400",
  },
  reminded: {
    badge: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
    dot: "bg-amber-500 dark:bg-amber-400",
  },
  // A closed case, not a live wait: quiet grey rather than the amber of an open question.
  lapsed: {
    badge: "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200",
    dot: "bg-slate-500 dark:bg-slate-400",
  },
};

/** The status as a coloured label; the text carries the meaning, not the colour. */
export function StatusBadge({ status, locale, size = "md" }: { status: QuestionStatus; locale: Locale; size?: "sm" | "md" }) {
  const tone = TONES[status.kind];
  return (
    <span
      data-status={status.kind}
      className={["inline-flex items-center gap-1.5 rounded-full border font-medium", size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm", tone.badge].join(" ")}
    >
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${tone.dot}`} />
      {statusSentence(status, locale)}
    </span>
  );
}
