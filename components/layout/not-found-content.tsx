import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { homePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

/** What a 404 says, in the interface language: used by the locale's not-found page and the global one. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "common.notFound" });
  return (
    <main>
      <h1 className="mb-3 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href={homePath(locale)} className="text-blue-800 underline dark:text-blue-300">
        {t("back")}
      </Link>
    </main>
  );
}
