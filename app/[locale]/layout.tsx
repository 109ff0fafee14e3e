import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { OpenSearchLink } from "@/components/search/opensearch-link";
import { publicOrigin } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common.site" });
  return {
    // Relative alternates and canonical links become absolute on the public origin.
    metadataBase: new URL(publicOrigin()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    // Icons (app/icon.svg, app/apple-icon.png, app/favicon.ico) and the manifest are linked by
    // Next.js from their files; pages with more to say (a question) add their own.
    openGraph: { type: "website", siteName: t("name"), title: t("name"), description: t("tagline") },
    twitter: { card: "summary", title: t("name"), description: t("tagline") },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common.site" });
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider: client components take their strings as props, so no
            i18n runtime is sent to the browser. */}
        <OpenSearchLink locale={locale} />
        <SiteHeader locale={locale} />
        <div id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">
          {children}
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
