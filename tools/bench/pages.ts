/**
 * `npm run bench:pages [-- --origin URL]`: the reader-facing pages as Lighthouse scores them
 * (mobile preset, its default), and where each page's bytes go. Run it against a production
 * server (`npm run build && npm start`), on a machine as quiet as can be had: the performance
 * score measures the CPU the page gets, and Lighthouse's mobile preset already slows it 4x.
 *
 * For each page: the median over --runs of each category's score (performance, accessibility,
 * best practices, SEO) and of the load metrics, and the failing audits of the last run; then the
 * HTML's weight split into the React Server Components payload (inline `self.__next_f` scripts,
 * the rendered tree again for the client router), the markup, its class attributes and its text.
 *
 * Lighthouse 12 (pinned: 13 wants Node 22) and chrome-launcher are tools' dependencies
 * (`npm run tools:install`); the browser is Debian's Chromium when present, as in the tests.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Command } from "commander";
import { positiveInt } from "@/lib/cli/arguments";
import { markdownTable, percentile } from "./stats";

const options = new Command()
  .name("bench:pages")
  .option("--origin <url>", "a running production server", "http://127.0.0.1:3000")
  .option("--page <path...>", "pages to measure", ["/fr", "/fr/questions/5-8902", "/fr/search?q=prison"])
  .option("--runs <n>", "Lighthouse runs per page (medians are reported)", positiveInt, 3)
  .option("--out <dir>", "where the raw reports go (JSON)", "bench-data/pages")
  .parse()
  .opts<{ origin: string; page: string[]; runs: number; out: string }>();

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
} as const;

// The parts of Lighthouse's result this script reads.
type Audit = { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string };
type LighthouseResult = {
  lhr: { categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>; audits: Record<string, Audit> };
};
type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
type ChromeLauncher = { launch: (options: { chromePath?: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => Promise<void> | void }> };

// Module names in variables: these packages live in tools/node_modules, which the app's type
// check does not require (tools are installed on demand).
async function importTools(): Promise<{ lighthouse: Lighthouse; launcher: ChromeLauncher }> {
  const names = { lighthouse: "lighthouse", launcher: "chrome-launcher" };
  try {
    const lighthouse = ((await import(names.lighthouse)) as { default: Lighthouse }).default;
    const launcher = (await import(names.launcher)) as ChromeLauncher;
    return { lighthouse, launcher };
  } catch (error) {
    throw new Error(`lighthouse is one of the tools' own dependencies: run \`npm run tools:install\` first (${String(error)})`);
  }
}

/** Where the bytes of a page's HTML go. */
async function pageWeight(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const html = await response.text();
  const bytes = (text: string) => Buffer.byteLength(text);
  const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  return {
    html: bytes(html),
    gzipped: gzipSync(html, { level: 9 }).length,
    rscPayload: scripts.filter((script) => script.includes("self.__next_f")).reduce((sum, script) => sum + bytes(script), 0),
    markup: bytes(markup),
    classAttributes: [...markup.matchAll(/ class="[^"]*"/g)].reduce((sum, match) => sum + bytes(match[0]), 0),
    text: bytes(markup.replace(/<[^>]+>/g, "")),
  };
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const median = (values: number[]) => percentile(values, 50);

const { lighthouse, launcher } = await importTools();
const chromePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((file) => existsSync(file));
const chrome = await launcher.launch({
  chromePath,
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
mkdirSync(options.out, { recursive: true });
const scoreRows: string[][] = [];
const weightRows: string[][] = [];
const failing: string[] = [];
try {
  for (const page of options.page) {
    const url = new URL(page, options.origin).href;
    const scores = new Map<string, number[]>();
    let last: LighthouseResult["lhr"] | undefined;
    for (let run = 0; run < options.runs; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`${url}: Lighthouse returned nothing`);
      last = result.lhr;
      for (const category of CATEGORIES) scores.set(category, [...(scores.get(category) ?? []), Math.round((result.lhr.categories[category]?.score ?? 0) * 100)]);
      for (const metric of Object.keys(METRICS)) scores.set(metric, [...(scores.get(metric) ?? []), result.lhr.audits[metric]?.numericValue ?? Number.NaN]);
    }
    if (!last) continue;
    writeFileSync(path.join(options.out, `${page.replace(/[^a-z0-9]+/gi, "_")}.json`), JSON.stringify(last, null, 2));
    scoreRows.push([
      page,
      ...CATEGORIES.map((category) => String(median(scores.get(category) ?? []))),
      ...Object.keys(METRICS).map((metric) => {
        const value = median(scores.get(metric) ?? []);
        return metric === "cumulative-layout-shift" ? value.toFixed(3) : `${Math.round(value)} ms`;
      }),
    ]);
    for (const category of CATEGORIES) {
      for (const { id, weight } of last.categories[category]?.auditRefs ?? []) {
        const audit = last.audits[id];
        if (audit && weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative") {
          failing.push(`${page} · ${category} · ${id} (${audit.score.toFixed(2)}): ${audit.title}`);
        }
      }
    }
    const weight = await pageWeight(url);
    weightRows.push([page, kb(weight.html), kb(weight.gzipped), kb(weight.rscPayload), kb(weight.markup), kb(weight.classAttributes), kb(weight.text)]);
  }
} finally {
  await chrome.kill();
}

console.log(`Lighthouse (mobile preset), medians of ${options.runs} runs, ${options.origin}\n`);
console.log(markdownTable(["page", ...CATEGORIES, ...Object.values(METRICS)], scoreRows));
console.log(`\nAudits below full marks (last run):\n${failing.length > 0 ? failing.map((line) => `- ${line}`).join("\n") : "- none"}\n`);
console.log(markdownTable(["page", "HTML", "gzipped", "RSC payload", "markup", "class attributes", "text"], weightRows));
