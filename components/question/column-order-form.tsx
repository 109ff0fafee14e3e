import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ColumnOrder } from "@/lib/reader/parallel";

/**
 * The switch between French first and Dutch first: a form posting to a server action (passed
 * in, bound to the page) that stores the choice in a cookie, so it works with or without
 * JavaScript and the next render is already in the chosen order. Its label says "on the left"
 * where the columns stand side by side, and "first" where a narrow screen stacks them.
 */
export async function ColumnOrderForm({ order, locale, action }: { order: ColumnOrder; locale: Locale; action: (form: FormData) => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: "reader.reader" });
  const next: ColumnOrder = order === "fr-nl" ? "nl-fr" : "fr-nl";
  return (
    <form action={action} className="print:hidden">
      <input type="hidden" name="order" value={next} />
      <button
        type="submit"
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span aria-hidden="true">⇄</span>
        <span className="hidden md:inline">{next === "nl-fr" ? t("showNlFirst") : t("showFrFirst")}</span>
        <span className="md:hidden">{next === "nl-fr" ? t("showNlFirstStacked") : t("showFrFirstStacked")}</span>
      </button>
    </form>
  );
}
