import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Previous / "page N of M" / next links for a plain list; the page lives in the URL (?page=N). */
export async function Pagination({ pathname, page, pages }: { pathname: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  const [t, format] = await Promise.all([getTranslations("common.home"), getFormatter()]);
  const label = t("pageOf", { page: format.number(page), pages: format.number(pages) });
  const linkClass = "text-blue-800 underline dark:text-blue-300";
  return (
    <nav aria-label={label} className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <Link href={{ pathname, query: { page: page - 1 } }} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span>{label}</span>
      {page < pages && (
        <Link href={{ pathname, query: { page: page + 1 } }} className={linkClass} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
