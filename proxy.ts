/**
 * Runs before every page and API request:
 * - a path that is not valid percent-encoding (/fr/questions/%E0%A4%A) would make Next.js fail
 *   with a 500 while decoding it, before any route runs (vercel/next.js#92527); it is answered
 *   here instead, with a JSON 404 for the API and a redirect to the localized 404 page otherwise;
 * - locale negotiation: a path without a locale (/, /questions/5-8902) is redirected to its
 *   localized form, chosen from the locale cookie (the user's last choice) or Accept-Language.
 */
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale, routing } from "@/lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  if (!isDecodable(pathname)) {
    if (isApi) {
      return NextResponse.json({ error: "Not found: the address is not valid percent-encoding." }, { status: 404 });
    }
    const first = pathname.split("/")[1] ?? "";
    const locale = isLocale(first) ? first : routing.defaultLocale;
    return NextResponse.redirect(new URL(`/${locale}/not-found`, request.url));
  }
  if (isApi) return NextResponse.next();
  return negotiateLocale(request);
}

export const config = {
  matcher: "/((?!_next|_vercel|.*\\..*).*)",
};
