/**
 * Where the browser tests save the screenshots and printouts that document what a page looks
 * like (the issues' closing notes show them): SCREENSHOT_DIR, or screenshots/ at the
 * repository's root (gitignored). Not test-results/, which Playwright empties at every run. One
 * folder per spec file, so that two specs' "fr-print.pdf" do not overwrite each other; a file is
 * replaced by the next run of its test.
 */
import path from "node:path";
import { test } from "@playwright/test";

/** The path for `file` ("home-fr.png", "fr-print.pdf") of the running test's spec. */
export function screenshotPath(file: string): string {
  const { config, file: spec } = test.info();
  // A relative SCREENSHOT_DIR, and the default, are read from the repository's root (where playwright.config.ts is).
  const root = config.configFile ? path.dirname(config.configFile) : process.cwd();
  return path.join(path.resolve(root, process.env.SCREENSHOT_DIR || "screenshots"), path.basename(spec, ".spec.ts"), file);
}
