import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main>
      <h1 className="mb-3 text-3xl font-semibold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href="/" className="text-blue-800 underline dark:text-blue-300">
        {t("back")}
      </Link>
    </main>
  );
}
