import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("common.site");
  return (
    <footer className="mx-auto w-full max-w-6xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600 print:hidden sm:px-6 dark:border-slate-800 dark:text-slate-400">
      {t("footer")}
    </footer>
  );
}
