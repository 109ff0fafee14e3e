/**
 * Sibling sets, feeds and exports (issue 10, part B), in Chromium against the production build:
 * from a question to its set's grid, the sort by delay, a sibling set folded into one search
 * hit and opened, the search's feeds named in the page head, the CSV and JSON Lines downloads,
 * and axe on the set page in French, Dutch and English, light and dark.
 *
 * Test documents: seeds/ (5-8902, answered after 293 days, with 18 siblings) and
 * tests/fixtures/reader/5-8900 (one of those siblings: unanswered, lapsed 363 days after it was
 * asked), both loaded by the e2e server.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PUBLIC_ORIGIN } from "./public-origin";
import { screenshotPath } from "./screenshots";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

const SIBLINGS = Array.from({ length: 19 }, (_, index) => `5-${8900 + index}`).filter((id) => id !== "5-8902");

test.describe("sibling sets", () => {
  test("from a question to its set: every sibling with its official page, the ones in the archive with status and delay", async ({ page }) => {
    await page.goto("/fr/questions/5-8902");
    const panel = page.locator("[data-set-panel]");
    await expect(panel).toContainText("19 questions dans cette série, 2 dans l'archive, 1 répondue.");
    await panel.getByRole("link", { name: /toute la série/ }).click();
    await expect(page).toHaveURL(/\/fr\/questions\/5-8902\/set$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("La question 5-8902 et ses sœurs");

    const grid = page.locator("table[data-set-grid]");
    await expect(grid.locator("tbody tr")).toHaveCount(19);
    for (const id of SIBLINGS) {
      const link = grid.locator(`tr[data-member="${id}"] a[data-official-link]`);
      await expect(link).toHaveAttribute("href", `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=${id.split("-")[1]}&LANG=fr`);
    }
    await expect(grid.locator('tr[data-in-archive="false"]')).toHaveCount(17);

    const lapsed = grid.locator('tr[data-member="5-8900"]');
    await expect(lapsed.locator("[data-status]")).toHaveAttribute("data-status", "lapsed");
    await expect(lapsed.locator("[data-delay]")).toHaveText("363 jours");
    await expect(lapsed.locator("[data-reminders]")).toHaveText("1");
    await expect(lapsed.getByRole("link", { name: "5-8900", exact: true })).toHaveAttribute("href", "/fr/questions/5-8900");

    const answered = grid.locator('tr[data-member="5-8902"]');
    await expect(answered.locator("[data-delay]")).toHaveText("293 jours");
    await expect(answered.locator("[data-answer-excerpt]")).toHaveAttribute("lang", "fr");
    await expect(answered.locator("[data-answer-excerpt]")).toContainText(/^1\. Le Service public fédéral/);
    await expect(grid.locator('tr[data-member="5-8903"]')).toContainText("Pas dans l'archive");
  });

  test("sorts by delay through the URL, and a bad sort is the number order", async ({ page }) => {
    await page.goto("/fr/questions/5-8902/set");
    await page.getByRole("navigation", { name: "Trier" }).getByRole("link", { name: "Délai le plus long d'abord" }).click();
    await expect(page).toHaveURL(/\/fr\/questions\/5-8902\/set\?sort=delay-desc$/);
    const rows = page.locator("table[data-set-grid] tbody tr");
    await expect(rows.nth(0)).toHaveAttribute("data-member", "5-8900");
    await expect(rows.nth(1)).toHaveAttribute("data-member", "5-8902");
    await page.locator("[data-sort-delay]").click();
    await expect(page).toHaveURL(/sort=delay-asc$/);
    await expect(rows.nth(0)).toHaveAttribute("data-member", "5-8902");
    await expect(rows.nth(1)).toHaveAttribute("data-member", "5-8900");

    const response = await page.goto("/fr/questions/5-8902/set?sort=%27%3B--");
    expect(response?.status()).toBe(200);
    await expect(rows.nth(0)).toHaveAttribute("data-member", "5-8900");
    await expect(rows.nth(2)).toHaveAttribute("data-member", "5-8902");
    expect((await page.goto("/fr/questions/4-1234/set"))?.status()).toBe(404);
    expect((await page.goto("/fr/questions/9-99999/set"))?.status()).toBe(404);
  });

  test("the answer's first lines in the interface language: Dutch on /nl, French on /en", async ({ page }) => {
    await page.goto("/nl/questions/5-8902/set");
    await expect(page.locator('tr[data-member="5-8902"] [data-answer-excerpt]')).toContainText(/^1\. De Federale Overheidsdienst/);
    await expect(page.locator('tr[data-member="5-8901"] a[data-official-link]')).toHaveAttribute("href", /LANG=nl$/);
    await page.goto("/en/questions/5-8902/set");
    await expect(page.locator('tr[data-member="5-8902"] [data-answer-excerpt]')).toContainText(/^1\. Le Service public fédéral/);
    await expect(page.locator('tr[data-member="5-8900"] [data-delay]')).toHaveText("363 days");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`the set page has no serious accessibility violation in fr, nl and en (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const locale of ["fr", "nl", "en"]) {
        await page.goto(`/${locale}/questions/5-8902/set?sort=delay-desc`);
        await expect(page.locator("table[data-set-grid]")).toBeVisible();
        expect(await seriousViolations(page), `${locale} ${colorScheme}`).toEqual([]);
        if (locale === "fr") await page.screenshot({ path: screenshotPath(`set-${colorScheme}.png`), fullPage: true });
      }
    });
  }
});

test.describe("search", () => {
  // A native <details>: opening it needs no script of ours (the results themselves stream in
  // behind a Suspense boundary, which is why this runs with JavaScript on).
  test("the members of one sibling set fold into one hit, a <details> that opens", async ({ page }) => {
    await page.goto("/fr/search?q=Taelman");
    const folded = page.locator("details[data-folded-siblings]");
    await expect(folded).toHaveCount(1);
    await expect(folded.locator("summary")).toHaveText("et 1 question identique à un autre ministre");
    const lead = await folded.getAttribute("data-folded-siblings");
    const hidden = folded.locator("[data-question]");
    await expect(hidden).toHaveCount(1);
    await expect(hidden).toBeHidden();
    expect([lead, await hidden.getAttribute("data-question")].sort()).toEqual(["5-8900", "5-8902"]);
    // The total still counts questions.
    await expect(page.locator("#result-count")).toContainText("3 questions");
    await folded.locator("summary").click();
    await expect(hidden).toBeVisible();
    await expect(folded.getByRole("link", { name: "Voir toute la série dans un tableau" })).toHaveAttribute("href", `/fr/questions/${lead}/set`);
  });

  test("the search names its Atom feeds in its head and links them; the feeds are Atom on PUBLIC_ORIGIN", async ({ page, request }) => {
    await page.goto("/fr/search?q=prisons&sort=newest");
    const alternates = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternates).toHaveCount(2);
    await expect(alternates.first()).toHaveAttribute("href", `${PUBLIC_ORIGIN}/fr/feeds/answers.atom?q=prisons`);
    await expect(alternates.nth(1)).toHaveAttribute("href", `${PUBLIC_ORIGIN}/fr/feeds/questions.atom?q=prisons`);
    await expect(page.locator("[data-search-tools] a[data-feed='questions']")).toHaveAttribute("href", "/fr/feeds/questions.atom?q=prisons");
    const feed = await request.get("/fr/feeds/questions.atom?q=prisons");
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<id>${PUBLIC_ORIGIN}/fr/questions/4-1240</id>`);
    expect(xml).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  test("the export links download the results as CSV and JSON Lines", async ({ page }) => {
    await page.goto("/fr/search?q=prisons");
    const tools = page.locator("[data-search-tools]");
    await expect(tools).toContainText("au plus 10 000 questions");

    const [csv] = await Promise.all([page.waitForEvent("download"), tools.getByRole("link", { name: /en CSV/ }).click()]);
    expect(csv.suggestedFilename()).toBe("questions.csv");
    const csvText = (await readFile((await csv.path())!, "utf8")).replace(/^\uFEFF/, "");
    const [header, ...rows] = csvText.trimEnd().split("\r\n");
    expect(header).toBe("id,legislature,number,session,asked_on,author,party,addressee_fr,addressee_nl,subject_fr,subject_nl,status,days,reminders,answered_on,official_url_fr,official_url_nl,archive_url");
    expect(rows.map((row) => row.split(",")[0])).toEqual(["4-1234", "4-1240"]);
    expect(csvText).toContain(`${PUBLIC_ORIGIN}/fr/questions/4-1234`);

    const [jsonl] = await Promise.all([page.waitForEvent("download"), tools.getByRole("link", { name: /en JSON Lines/ }).click()]);
    expect(jsonl.suggestedFilename()).toBe("questions.jsonl");
    const records = (await readFile((await jsonl.path())!, "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string; status: string });
    expect(records.map((record) => record.id)).toEqual(["4-1234", "4-1240"]);
    expect(records[1]?.status).toBeDefined();
  });
});

test("robots.txt and the sitemap index point at PUBLIC_ORIGIN", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${PUBLIC_ORIGIN}/sitemap.xml`);
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain(`<loc>${PUBLIC_ORIGIN}/sitemap-questions.xml?page=1</loc>`);
  const sitemapPage = await (await request.get("/sitemap-questions.xml?page=1")).text();
  expect(sitemapPage).toContain(`<loc>${PUBLIC_ORIGIN}/nl/questions/5-8902</loc>`);
});
