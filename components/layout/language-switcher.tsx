"use client";

/**
 * Links to the current page in the other interface languages. Following one sets next-intl's
 * locale cookie, which is how the choice is remembered. Client-side only because it needs the
 * current path and query; without JavaScript the server-rendered links still lead to the right
 * page (query string aside).
 */
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

export function LanguageSwitcher({ label, current }: { label: string; current: Locale }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        <Suspense fallback={<LanguageLinks current={current} query="" />}>
          <LanguageLinksWithQuery current={current} />
        </Suspense>
      </ul>
    </nav>
  );
}

function LanguageLinksWithQuery({ current }: { current: Locale }) {
  const query = useSearchParams().toString();
  return <LanguageLinks current={current} query={query} />;
}

function LanguageLinks({ current, query }: { current: Locale; query: string }) {
  const pathname = usePathname();
  const t = useTranslations("common.languages");
  const href = query ? `${pathname}?${query}` : pathname;
  return routing.locales.map((locale) => (
    <li key={locale}>
      <Link
        href={href}
        locale={locale}
        lang={locale}
        hrefLang={locale}
        aria-current={locale === current ? "true" : undefined}
        className={
          locale === current
            ? "rounded bg-slate-800 px-2 py-1 font-semibold text-white dark:bg-slate-200 dark:text-slate-900"
            : "rounded px-2 py-1 text-blue-800 underline hover:bg-slate-200 dark:text-blue-300 dark:hover:bg-slate-800"
        }
      >
        {t(locale)}
      </Link>
    </li>
  ));
}
