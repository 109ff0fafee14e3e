import { getTranslations } from "next-intl/server";
import type { ParamNotice } from "@/lib/search/parse-params";

/** Parameters that fell back to their default, or a query cut to its first terms, said plainly rather than failing the page. */
export async function ParamNotices({ notices }: { notices: ParamNotice[] }) {
  if (notices.length === 0) return null;
  const [t, tParams] = await Promise.all([getTranslations("search.notices"), getTranslations("search.params")]);
  return (
    <div role="note" data-notices className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{t("title")}</p>
      <ul className="mt-1 list-inside list-disc text-sm">
        {notices.map((notice) => (
          <li key={`${notice.param}-${notice.reason}`}>
            {t(notice.reason === "simplified" ? "simplified" : "param", { param: tParams(notice.param), value: notice.value })}
          </li>
        ))}
      </ul>
    </div>
  );
}
