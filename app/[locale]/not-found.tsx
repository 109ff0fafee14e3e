import { getLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { isLocale, routing } from "@/lib/i18n/routing";

/**
 * notFound() inside a locale's pages (a question or descriptor that is not in the archive).
 * Next.js 16 renders this one in the browser only (vercel/next.js#98954: the server sends an
 * empty document); the node fills that document with the same words so that it reads without
 * JavaScript (lib/http/error-shell.ts). Addresses that match no route get
 * app/global-not-found.tsx, rendered on the server.
 */
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isLocale(locale) ? locale : routing.defaultLocale} />;
}
