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
// locale-path.ts, paths.ts's core, rather than paths.ts: its search links would bring zod into the browser.
import { switchLocalePath } from "@/lib/i18n/locale-path";
import type { Locale } from "@/lib/i18n/routing";

export type LanguageOption = { locale: Locale; label: string };

export function LanguageSwitcher({ label, current, options }: { label: string; current: Locale; options: LanguageOption[] }) {
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

function LanguageLinksWithQuery({ current, options }: { current: Locale; options: LanguageOption[] }) {
  return <LanguageLinks current={current} options={options} query={useSearchParams().toString()} />;
}

function LanguageLinks({ current, options, query }: { current: Locale; options: LanguageOption[]; query: string }) {
  const pathname = usePathname();
  return options.map(({ locale, label }) => (
    <li key={locale}>
      <a
        href={switchLocalePath(pathname, locale, query)}
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
