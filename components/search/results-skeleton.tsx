import { getTranslations } from "next-intl/server";

/** Shown while the results load (the Suspense fallback): grey blocks where the hits will be. */
export async function ResultsSkeleton() {
  const t = await getTranslations("search.results");
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]" aria-busy="true" data-skeleton>
      <div className="order-2 space-y-3 md:order-1">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
        ))}
      </div>
      <div className="order-1 md:order-2">
        <p role="status">{t("loading")}</p>
        {Array.from({ length: 5 }, (_, index) => (
          <div key={index} className="mt-4 space-y-2">
            <div className="h-4 w-1/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-4 w-full animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            <div className="h-4 w-5/6 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
          </div>
        ))}
      </div>
    </div>
  );
}
