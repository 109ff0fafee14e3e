import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { homePath } from "@/lib/i18n/paths";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("common.notFound"), getLocale()]);
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
