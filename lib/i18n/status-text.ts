/**
 * A question's status as a sentence of the interface ("Answered after 293 days", "Unanswered
 * when the legislature ended, 432 days after it was asked"): one wording for the badge, the page's
 * meta description and its citation.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { QuestionStatus } from "@/lib/status/status";
import type { Locale } from "./routing";

export async function statusText(status: QuestionStatus, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "reader.status" });
  switch (status.kind) {
    case "answered":
      return t("answered", { days: status.days });
    case "awaiting":
    case "reminded":
      return t("awaiting", { days: status.days });
    case "lapsed":
      return status.days === null ? t("lapsedWithoutDays") : t("lapsed", { days: status.days });
  }
}
