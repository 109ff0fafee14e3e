import "./globals.css";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { isLocale, routing } from "@/lib/i18n/routing";

export const metadata: Metadata = { title: "404", robots: { index: false } };

/**
 * Every address that no route matches (/fr/nope, a path with stray characters or bad
 * percent-encoding, which proxy.ts sends here): a whole page rendered on the server, so that it
 * reads without JavaScript, in the language of the address (the proxy forwards it in next-intl's
 * locale header). It replaces a catch-all route whose notFound() Next.js 16 rendered as an empty
 * page until JavaScript ran (vercel/next.js#98954).
 */
export default async function GlobalNotFound() {
  const requested = (await headers()).get("x-next-intl-locale") ?? "";
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SiteHeader locale={locale} />
        <div id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6">
          <NotFoundContent locale={locale} />
        </div>
        <SiteFooter />
      </body>
    </html>
  );
}
