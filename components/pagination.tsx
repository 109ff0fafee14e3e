import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

/**
 * Previous / "page N of M" / next, for every paged list (home, descriptor lists, search results).
 * The page lives in the URL: `hrefFor` builds the link to a page, so each list keeps its own
 * filters in the links.
 */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const [t, format] = await Promise.all([getTranslations("common.pagination"), getFormatter()]);
  const linkClass = "text-blue-800 underline dark:text-blue-300";
  return (
    <nav aria-label={t("label")} className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <Link rel="prev" href={hrefFor(page - 1)} className={linkClass}>
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page: format.number(page), pages: format.number(pageCount) })}</span>
      {page < pageCount && (
        <Link rel="next" href={hrefFor(page + 1)} className={linkClass}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
