import { getTranslations } from "next-intl/server";
import type { QuestionStatus } from "@/lib/reader/status";

/** "Answered after 293 days" or "Awaiting an answer for N days", as a coloured label (the text carries the meaning, not the colour). */
export async function StatusBadge({ status, size = "md" }: { status: QuestionStatus; size?: "sm" | "md" }) {
  const t = await getTranslations("reader.status");
  const isAnswered = status.kind === "answered";
  return (
    <span
      data-status={status.kind}
      className={[
        "inline-flex items-center gap-1.5 rounded-full border font-medium",
        size === "sm" ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm",
        isAnswered
          ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200"
          : "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200",
      ].join(" ")}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${isAnswered ? "bg-emerald-600 dark:bg-emerald-400" : "bg-amber-500 dark:bg-amber-400"}`} />
      {isAnswered ? t("answered", { days: status.days }) : t("awaiting", { days: status.days })}
    </span>
  );
}
