/**
 * Runs before every request but Next.js's static files:
 * - a path no route of ours can have is a 404 here, before any route: one that is not valid
 *   percent-encoding (/fr/questions/%E0%A4%A would make Next.js fail with a 500 while decoding
 *   it, vercel/next.js#92527), and one with control characters or spaces (/fr/questions/5-8902%00,
 *   which the locale rewrite would otherwise clean into a valid question's address). A JSON 404
 *   for the API, the localized 404 page otherwise;
 * - every page gets a Content-Security-Policy with a fresh nonce (lib/http/security-headers.ts);
 * - locale negotiation: a path without a locale (/, /questions/5-8902) is redirected to its
 *   localized form, chosen from the locale cookie (the user's last choice) or Accept-Language;
 * - a question page read without layout cookies may be cached by the proxy in front for a minute
 *   (lib/http/edge-cache.ts, decision 0015); every other page keeps Next.js's private, no-store.
 * API routes, /opensearch/ and root files (/favicon.ico) are not pages: they keep the headers
 * next.config.ts gives every response.
 */
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { LOCALE_COOKIE, pageCacheControl } from "@/lib/http/edge-cache";
import { createNonce, isHttpsRequest, pageContentSecurityPolicy } from "@/lib/http/security-headers";
// locale-path.ts rather than paths.ts: the proxy runs before every request and needs only the prefix.
import { localeOfPath, notFoundPath } from "@/lib/i18n/locale-path";
import { routing } from "@/lib/i18n/routing";

const negotiateLocale = createMiddleware(routing);

/** The decoded path, or null when it is not valid percent-encoding. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

// No address of ours has a control character or a space in its path.
const STRAY_CHARACTER = /[\u0000-\u0020\u007f-\u009f]/;
// /favicon.ico, /robots.txt: files a browser or crawler asks for, not pages to localize.
const ROOT_FILE = /^\/[^/]+\.[a-z0-9]+$/i;

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  const decoded = decodedPath(pathname);
  const isUnservable = decoded === null || STRAY_CHARACTER.test(decoded);
  if (isApi) {
    return isUnservable
      ? NextResponse.json({ error: "Not found: no API address has such characters." }, { status: 404 })
      : NextResponse.next();
  }
  if (pathname.startsWith("/opensearch/") || ROOT_FILE.test(pathname)) return NextResponse.next();

  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === "development",
    isHttps: isHttpsRequest(request.nextUrl, request.headers),
  });
  // Next.js finds the nonce in the request's CSP header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  headers.set("x-nonce", nonce);

  let response: NextResponse;
  if (isUnservable) {
    const locale = localeOfPath(pathname) ?? routing.defaultLocale;
    headers.set("x-next-intl-locale", locale);
    // An address no route matches: app/global-not-found.tsx answers 404, rendered on the server.
    // Bad percent-encoding cannot even be rewritten (Next.js decodes the original path first, and
    // fails), so it is redirected there.
    const notFoundUrl = new URL(notFoundPath(locale), request.url);
    response = decoded === null ? NextResponse.redirect(notFoundUrl) : NextResponse.rewrite(notFoundUrl, { request: { headers } });
  } else {
    response = negotiateLocale(new NextRequest(request, { headers }));
  }
  response.headers.set("Content-Security-Policy", policy);
  // A redirect or rewrite elsewhere (a 404) keeps Next.js's own header.
  const cacheControl = isUnservable || response.headers.has("location")
    ? null
    : pageCacheControl({
        method: request.method,
        pathname,
        cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
        localeCookie: request.cookies.get(LOCALE_COOKIE)?.value,
        isFlightRequest: request.headers.has("rsc"),
      });
  if (cacheControl) {
    response.headers.set("Cache-Control", cacheControl);
    // next-intl remembers the locale of every localized page in a cookie; a shared copy must not
    // hand one reader's cookie to the next, and nginx keeps no response that sets one. Here the
    // reader has no locale cookie or one naming this page's language: nothing to remember.
    response.headers.delete("Set-Cookie");
  }
  return response;
}

export const config = {
  // Everything but Next.js's own files (static chunks, hot reloading), which keep next.config.ts's headers alone.
  matcher: "/((?!_next/|_vercel/).*)",
};
