/**
 * `npm test`: every check, in the order that fails fastest: lint, type check, unit tests,
 * database tests (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), production build, then
 * browser tests against that build. Ends with one line counting the tests that ran.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";

type Counts = { passed: number; failed: number };
const total: Counts = { passed: 0, failed: 0 };
mkdirSync("test-results", { recursive: true });

/** Runs one step; a failing step that counts no tests itself (lint, build) counts as one failure. */
function run(label: string, command: string, args: string[], options: { countsTests: boolean }): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const ok = result.status === 0;
  if (!ok && !options.countsTests) total.failed += 1;
  return ok;
}

function addVitestCounts(file: string): void {
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests;
}

function addPlaywrightCounts(file: string): void {
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  total.passed += report.stats.expected;
  total.failed += report.stats.unexpected + report.stats.flaky;
}

function finish(ok: boolean): never {
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  process.exit(ok && total.failed === 0 ? 0 : 1);
}

const vitest = (project: string) => [
  "vitest", "run", "--project", project,
  "--reporter=default", "--reporter=json", `--outputFile.json=test-results/${project}.json`,
];

if (!run("lint", "npx", ["eslint", "."], { countsTests: false })) finish(false);
if (!run("type check", "npx", ["tsc", "--noEmit"], { countsTests: false })) finish(false);
for (const project of ["unit", "db"]) {
  const ok = run(`${project} tests`, "npx", vitest(project), { countsTests: true });
  addVitestCounts(`test-results/${project}.json`);
  if (!ok) finish(false);
}
if (!run("production build", "npx", ["next", "build"], { countsTests: false })) finish(false);
const e2eOk = run("browser tests", "npx", ["playwright", "test"], { countsTests: true });
addPlaywrightCounts("test-results/e2e-report.json");
finish(e2eOk);
