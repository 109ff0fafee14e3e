import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { speaksArchiveLanguage } from "@/lib/i18n/language-order";
import { homePath, membersPath, ministersPath, partiesPath, searchPath } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { HeaderSearchInput } from "./header-search-input";
import { LanguageSwitcher } from "./language-switcher";

/**
 * The header on every page: the archive's name, its sections (ministers, members, parties), the search box (a plain GET form, so it works
 * without JavaScript) and the interface language switch. The English interface, which shows
 * French before Dutch everywhere (lib/i18n/language-order.ts), says so here, once.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, languageNames, tSections] = await Promise.all([
    getTranslations({ locale, namespace: "common.site" }),
    getTranslations({ locale, namespace: "common.languages" }),
    getTranslations({ locale, namespace: "accountability.nav" }),
  ]);
  const sections = [
    { href: ministersPath(locale), label: tSections("ministers") },
    { href: membersPath(locale), label: tSections("members") },
    { href: partiesPath(locale), label: tSections("parties") },
  ];
  const languages = routing.locales.map((option) => ({ locale: option, label: languageNames(option) }));
  return (
    <header className="border-b border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href={homePath(locale)} className="text-lg font-semibold text-slate-900 no-underline dark:text-slate-100">
          {t("name")}
        </Link>
        <nav aria-label={tSections("label")} data-site-sections>
          <ul className="flex gap-4 text-sm">
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className="text-blue-800 underline dark:text-blue-300">{section.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" action={searchPath(locale)} method="get" className="flex min-w-0 flex-1 basis-64 gap-2">
          <label htmlFor="site-search" className="sr-only">
            {t("searchLabel")}
          </label>
          <HeaderSearchInput
            id="site-search"
            placeholder={t("searchPlaceholder")}
            className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-1.5 text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
          />
          <button
            type="submit"
            className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800 dark:bg-blue-600 dark:hover:bg-blue-500"
          >
            {t("searchButton")}
          </button>
        </form>
        <LanguageSwitcher label={t("languageSwitch")} current={locale} options={languages} />
      </div>
      {!speaksArchiveLanguage(locale) && (
        <p data-language-order-note className="mx-auto w-full max-w-6xl px-4 pb-2 text-xs text-slate-600 sm:px-6 dark:text-slate-400">
          {t("languageOrderNote")}
        </p>
      )}
    </header>
  );
}
