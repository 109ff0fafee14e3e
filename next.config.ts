import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The embedded database and the seed loader are Node-only; keep them out of the bundles.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  poweredByHeader: false,
};

export default nextConfig;
