/**
 * The security headers of every response, in one place. Two layers apply them:
 * - next.config.ts `headers()` puts `STATIC_SECURITY_HEADERS` (and HSTS behind HTTPS) on every
 *   response, files and redirects included, with a CSP for responses that are not documents
 *   (JSON, XML, scripts, styles): nothing may load from them, nothing may frame them;
 * - proxy.ts replaces that CSP on each page with `pageContentSecurityPolicy`, carrying a fresh
 *   nonce. Next.js reads the nonce from the request's CSP header and puts it on its own scripts;
 *   'strict-dynamic' lets those scripts load the chunks they need, and no other script runs:
 *   no 'unsafe-inline' for scripts, ever.
 * Pure and dependency-free: next.config.ts imports it at build time, the proxy at run time.
 */

/** Headers that are the same on every response. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Features the archive never uses, refused to the page and anything it might embed.
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
  // frame-ancestors 'none' in the CSP is the rule; this is for browsers that predate it.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** For responses that are not documents: they load nothing and may not be framed. */
export const NON_DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Two years, the usual for a site that is HTTPS-only for good; no `preload` (the operator's call). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of a page. In development React and Next.js need eval (server error stacks) and
 * inline styles (hot reloading) and a WebSocket; production needs none of them.
 */
export function pageContentSecurityPolicy({ nonce, isDevelopment, isHttps }: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Only behind HTTPS: on plain http (a laptop, a test) it would send the page's own requests to https.
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Served over HTTPS: by this process, or by the proxy in front of it (X-Forwarded-Proto). */
export function isHttpsRequest(url: URL, headers: Headers): boolean {
  // A client that forges the header over plain http only gets HSTS on an http response, which browsers ignore.
  return url.protocol === "https:" || headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}
