import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import {
  NON_DOCUMENT_CONTENT_SECURITY_POLICY,
  STATIC_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The embedded database and the seed loader are Node-only; keep them out of the bundles.
  // pino and prom-client too: one copy of each per process, shared by instrumentation.ts and the
  // routes (lib/observability).
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pino", "prom-client"],
  poweredByHeader: false,
  // app/global-not-found.tsx: addresses that match no route get a 404 page rendered on the server.
  experimental: { globalNotFound: true },
  // Compression belongs to the reverse proxy or CDN in front of the web nodes: done here, gzip of
  // a 200 kB search response cost ~27 ms of the node's CPU per request (docs/decisions/0006).
  compress: false,
  // Lets two builds (say, a benchmark's and the tests') live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // On every response, files and redirects included; proxy.ts replaces the CSP on pages with one
  // carrying a nonce (lib/http/security-headers.ts).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          ...Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
          { key: "Content-Security-Policy", value: NON_DOCUMENT_CONTENT_SECURITY_POLICY },
        ],
      },
      {
        // Behind an HTTPS proxy (nginx sets X-Forwarded-Proto); browsers ignore HSTS on plain http anyway.
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
