/**
 * Browser tests drive the production build (`next build` then `npm start`) in Chromium, on a
 * fresh embedded database of their own, seeded from seeds/ at start.
 */
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { PUBLIC_ORIGIN } from "./tests/e2e/public-origin";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium where Playwright's own browser cannot be downloaded; Playwright's otherwise.
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `archive-e2e-${process.pid}`, "pglite");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    screenshot: "on",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: baseURL,
    timeout: 120_000,
    reuseExistingServer: false,
    // The search and reader tests need more documents than seeds/ holds: real-layout fixtures
    // (the search fixtures, the judged set's corpus, the reader's, the statistics' hand-counted set).
    env: {
      PORT: String(port), EMBEDDED_DATA_DIR: dataDir, DATABASE_URL: "",
      EXTRA_SEED_DIRS: ["tests/fixtures/search", "tests/fixtures/relevance", "tests/fixtures/reader", "tests/fixtures/statistics"].join(path.delimiter),
      // The tests of links check that they use PUBLIC_ORIGIN rather than the request's Host.
      PUBLIC_ORIGIN,
    },
  },
});
