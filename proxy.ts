/**
 * Locale negotiation: a path without a locale (/, /questions/5-8902) is redirected to its
 * localized form, chosen from the NEXT_LOCALE cookie (the user's last choice) or the browser's
 * Accept-Language. API routes and files are left alone.
 */
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
