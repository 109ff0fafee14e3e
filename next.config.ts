import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The embedded database and the seed loader are Node-only; keep them out of the bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
  // Compression belongs to the reverse proxy or CDN in front of the web nodes: done here, gzip of
  // a 200 kB search response cost ~27 ms of the node's CPU per request (docs/decisions/0006).
  compress: false,
  // Lets two builds (say, a benchmark's and the tests') live side by side in one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
