import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchParams } from "@/lib/search/parse-params";
import { MAX_PAGE } from "@/lib/search/parse-params";
import { searchHref } from "./search-href";

export async function Pagination({ params, pageCount, locale }: { params: SearchParams; pageCount: number; locale: string }) {
  if (pageCount <= 1) return null;
  const [t, format] = await Promise.all([getTranslations("search.results"), getFormatter()]);
  const lastPage = Math.min(pageCount, MAX_PAGE);
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-4">
      {params.page > 1 && (
        <Link rel="prev" href={searchHref(locale, params, { page: params.page - 1 })} className="underline">
          {t("previous")}
        </Link>
      )}
      <span>{t("pageOf", { page: format.number(params.page), pages: format.number(lastPage) })}</span>
      {params.page < lastPage && (
        <Link rel="next" href={searchHref(locale, params, { page: params.page + 1 })} className="underline">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
