"use client";

/**
 * Links to the current page in the other interface languages. Plain <a> on purpose: a full page
 * load lets proxy.ts store the choice in the locale cookie, which `/` then honours (a client-side
 * navigation would not carry it). A client component
 * only because the layout does not know the current path; it uses Next's own hooks and takes
 * its labels as props, so it adds no i18n code to the browser bundle. Rendered on the server
 * too, so the links work without JavaScript.
 */
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

export type LanguageOption = { locale: string; label: string };

export function LanguageSwitcher({ label, current, options }: { label: string; current: string; options: LanguageOption[] }) {
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        <Suspense fallback={<LanguageLinks current={current} options={options} query="" />}>
          <LanguageLinksWithQuery current={current} options={options} />
        </Suspense>
      </ul>
    </nav>
  );
}

function LanguageLinksWithQuery({ current, options }: { current: string; options: LanguageOption[] }) {
  return <LanguageLinks current={current} options={options} query={useSearchParams().toString()} />;
}

function LanguageLinks({ current, options, query }: { current: string; options: LanguageOption[]; query: string }) {
  const pathname = usePathname();
  // The path without its locale segment: /fr/questions/5-8902 -> /questions/5-8902.
  const rest = pathname.replace(/^\/[^/]+/, "");
  return options.map(({ locale, label }) => (
    <li key={locale}>
      <a
        href={`/${locale}${rest}${query ? `?${query}` : ""}`}
        lang={locale}
        hrefLang={locale}
        aria-current={locale === current ? "true" : undefined}
        className={
          locale === current
            ? "rounded bg-slate-800 px-2 py-1 font-semibold text-white dark:bg-slate-200 dark:text-slate-900"
            : "rounded px-2 py-1 text-blue-800 underline hover:bg-slate-200 dark:text-blue-300 dark:hover:bg-slate-800"
        }
      >
        {label}
      </a>
    </li>
  ));
}
