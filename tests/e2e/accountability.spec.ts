/**
 * Who answers, and how late (issue 10), in Chromium against the production build: the ministers
 * table sorted by median delay, a minister's page with its histogram (an SVG whose bars are the
 * data) and its questions, a member who changed parties, a party page, the home page's chart,
 * malformed addresses, and axe in French, Dutch and English, light and dark.
 *
 * Test documents: tests/fixtures/statistics (loaded by the e2e server, EXTRA_SEED_DIRS), whose
 * figures are computed by hand in tests/integration/statistics.test.ts. The minister of
 * Archives answered in 10, 20, 73 and 130 days (median 46.5), and 8-905 still awaits.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { screenshotPath } from "./screenshots";

const ARCHIVES_FR = "ministre des Archives et du Patrimoine";

async function shot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`${name}.png`), fullPage: true });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** "46,5" or "1 234" as the page writes it, or null for a dash. */
function readNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return cleaned === "–" || cleaned === "" ? null : Number(cleaned);
}

test("the ministers table sorted by median delay opens a minister, whose histogram is the data and whose questions open", async ({ page }) => {
  await page.goto("/fr/ministers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ministres");
  await expect(page.locator("[data-grouping-note]")).toContainText("regroupés par leur intitulé tel qu'imprimé");
  await page.getByRole("link", { name: "Trier par Délai médian (jours)" }).click();
  await expect(page).toHaveURL(/\/fr\/ministers\?sort=median&dir=desc$/);
  await expect(page.locator('th[data-column="median"]')).toHaveAttribute("aria-sort", "descending");
  const medians = (await page.locator('[data-minister] [data-value="median"]').allTextContents()).map(readNumber);
  const known = medians.filter((value): value is number => value !== null);
  expect(known.length).toBeGreaterThan(2);
  expect(known).toEqual([...known].sort((a, b) => b - a));
  // Portfolios without an answer come last.
  expect(medians.slice(known.length).every((value) => value === null)).toBe(true);
  const archivesRow = page.locator("[data-minister]").filter({ hasText: ARCHIVES_FR });
  await expect(archivesRow.locator('[data-value="median"]')).toHaveText("46,5");
  await expect(archivesRow.locator('[data-value="p90"]')).toHaveText("112,9");
  await expect(archivesRow.locator('[data-value="answered"]')).toHaveText(/80\s%/);
  await expect(archivesRow.locator('[data-value="oldest"]')).toContainText("8-905");
  // The other language beneath.
  await expect(archivesRow).toContainText("minister van Archieven en Erfgoed");
  // Turned around.
  await page.getByRole("link", { name: "Trier par Délai médian (jours)" }).click();
  await expect(page).toHaveURL(/sort=median&dir=asc$/);
  await shot(page, "ministers-by-median");

  await page.getByRole("link", { name: ARCHIVES_FR }).click();
  await expect(page).toHaveURL(/\/fr\/ministers\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ARCHIVES_FR);
  await expect(page.locator('[data-figure="median"] dd')).toHaveText("46,5");

  const histogram = page.locator('[data-chart="histogram"] svg');
  await expect(histogram).toHaveAttribute("role", "img");
  const bars = histogram.locator("rect[data-count]");
  // 10 and 20 days, nothing, 73, nothing, 130: five 30-day bins.
  await expect(bars).toHaveCount(5);
  const counts = await bars.evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("data-count"))));
  expect(counts).toEqual([2, 0, 1, 0, 1]);
  const heights = await bars.evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("height"))));
  const tallest = Math.max(...heights);
  expect(tallest).toBeGreaterThan(0);
  heights.forEach((height, index) => expect(height / tallest).toBeCloseTo((counts[index] ?? 0) / 2, 5));
  // The numbers as a table too.
  await page.locator('[data-chart="histogram"] summary').click();
  await expect(page.locator('[data-chart="histogram"] table tbody tr')).toHaveCount(5);
  await expect(page.locator('[data-chart="monthly"] svg')).toHaveAttribute("role", "img");
  await shot(page, "minister-archives");

  // Its questions, newest first, through the search.
  const questions = page.locator("[data-question]");
  await expect(questions).toHaveCount(5);
  await expect(questions.first()).toHaveAttribute("data-question", "8-905");
  await questions.first().getByRole("link", { name: "8-905" }).click();
  await expect(page).toHaveURL(/\/fr\/questions\/8-905$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("8-905");
});

test("a minister's, member's or party's facets and pages stay on that page", async ({ page }) => {
  await page.goto("/fr/ministers");
  await page.getByRole("link", { name: ARCHIVES_FR }).click();
  await expect(page).toHaveURL(/\/fr\/ministers\/\d+$/);
  const minister = new URL(page.url()).pathname;
  // The page is one minister's: no facet of ministers, which would hold that one.
  await expect(page.locator('[data-facet="minister"]')).toHaveCount(0);
  await page.locator('[data-facet="status"]').getByRole("link", { name: /Répondue/ }).click();
  await expect(page).toHaveURL(new RegExp(`${minister}\\?status=answered$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(ARCHIVES_FR);
  await expect(page.locator("[data-question]")).toHaveCount(4);
  // Pages too: two questions a page, the next page on the minister's page, newest first still.
  await page.goto(`${minister}?size=2`);
  await expect(page.locator("[data-question]").first()).toHaveAttribute("data-question", "8-905");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(new RegExp(`${minister}\\?page=2&size=2$`));
  await expect(page.locator("[data-question]")).toHaveCount(2);
  await expect(page.locator("[data-question]").first()).toHaveAttribute("data-question", "8-903");
  // A chosen order is kept as the page changes.
  await page.goto(`${minister}?size=2&sort=oldest`);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(new RegExp(`${minister}\\?page=2&size=2&sort=oldest$`));

  await page.goto("/en/members");
  await page.locator("[data-member]").filter({ hasText: "Lotte Voorbeeld" }).getByRole("link", { name: "Lotte Voorbeeld" }).click();
  await expect(page).toHaveURL(/\/en\/members\/\d+$/);
  const member = new URL(page.url()).pathname;
  await page.locator('[data-facet="party"]').getByRole("link", { name: /Groen/ }).click();
  await expect(page).toHaveURL(new RegExp(`${member}\\?party=Groen$`));
  await expect(page.locator("[data-question]")).toHaveCount(3);

  await page.goto("/en/parties/Groen");
  await expect(page.locator('[data-facet="party"]')).toHaveCount(0);
  await page.locator('[data-facet="minister"]').getByRole("link", { name: /ministre des Archives/ }).click();
  await expect(page).toHaveURL(/\/en\/parties\/Groen\?minister=/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Groen");
});

test("printed, a chart's numbers are under it and its colours are the light theme's, even from the dark theme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/fr/ministers");
  await page.getByRole("link", { name: ARCHIVES_FR }).click();
  const chart = page.locator('[data-chart="histogram"]');
  const fillOf = (selector: string) => chart.locator(selector).first().evaluate((node) => getComputedStyle(node).fill);
  // On screen, dark: the dark shades, and the table folded.
  expect(await fillOf("rect[data-count]")).toBe("rgb(86, 180, 233)");
  await expect(chart.locator("table")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(chart.locator("table")).toBeVisible();
  await expect(chart.locator("table tbody tr")).toHaveCount(5);
  await expect(chart.locator("summary")).toBeHidden();
  expect(await fillOf("rect[data-count]")).toBe("rgb(0, 114, 178)");
  expect(await fillOf("svg text")).toBe("rgb(51, 65, 85)");
  expect(await chart.locator("table td").first().evaluate((node) => getComputedStyle(node).color)).toBe("rgb(0, 0, 0)");
  const monthly = page.locator('[data-chart="monthly"]');
  await expect(monthly.locator("table")).toBeVisible();
  expect(await monthly.locator('rect[data-series="answered"]').first().evaluate((node) => getComputedStyle(node).fill)).toBe("rgb(213, 94, 0)");
  await page.pdf({ path: screenshotPath("minister-print-from-dark.pdf"), format: "A4" });
  await context.close();
});

test("a member who changed parties shows each with its period, and a party page its members", async ({ page }) => {
  await page.goto("/en/members");
  const row = page.locator("[data-member]").filter({ hasText: "Lotte Voorbeeld" });
  await expect(row).toContainText("Vooruit, Groen");
  await row.getByRole("link", { name: "Lotte Voorbeeld" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lotte Voorbeeld");
  await expect(page.locator("[data-party-period]")).toHaveText([
    /Groen: 4 November 2024 – 15 January 2025 · 3 questions/,
    /Vooruit: 3 February 2025 – 1 April 2025 · 2 questions/,
  ]);
  await expect(page.locator("[data-minister]").first()).toContainText("ministre des Archives et du Patrimoine");
  await expect(page.locator("[data-question]")).toHaveCount(5);
  await shot(page, "member-voorbeeld");

  await page.locator("[data-party-period]").first().getByRole("link", { name: "Groen" }).click();
  await expect(page).toHaveURL(/\/en\/parties\/Groen$/);
  // Her three questions under Groen, not the two under Vooruit.
  await expect(page.locator("[data-member]").filter({ hasText: "Lotte Voorbeeld" }).locator('[data-value="questions"]')).toHaveText("3");
  await expect(page.locator("[data-question]").filter({ hasText: "Lotte Voorbeeld" })).toHaveCount(3);

  // Names with a space or an ampersand make working addresses.
  for (const [path, party] of [["/nl/parties/Open_Vld", "Open Vld"], ["/fr/parties/CD%26V", "CD&V"]] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(party);
  }
  await page.goto("/fr/parties");
  await expect(page.locator("[data-party]").filter({ hasText: "MR" })).toBeVisible();
});

test("the home page counts the archive and charts its months, and links to the full list", async ({ page }) => {
  await page.goto("/fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions écrites");
  const total = readNumber(await page.locator('[data-archive-figure="questions"] dd').innerText());
  expect(total).toBeGreaterThan(0);
  const chart = page.locator('[data-chart="monthly"]');
  await expect(chart.locator("svg")).toHaveAttribute("role", "img");
  await expect(chart.locator("svg desc")).toContainText("questions posées");
  const asked = await chart.locator('rect[data-series="asked"]').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute("data-count"))));
  // Every question of the archive is in one month's bar.
  expect(asked.reduce((sum, count) => sum + count, 0)).toBe(total);
  await expect(chart.locator("table tbody tr")).toHaveCount(asked.length);
  // The time axis's labels can be read: none overlaps another ("janv. 2008" was drawn over "janv. 2010").
  const boxes = await chart.locator('svg text[text-anchor="middle"]').evaluateAll((texts) =>
    texts.map((text) => (text as SVGTextElement).getBBox()).filter((box) => box.y > 180).map((box) => [box.x, box.x + box.width]));
  expect(boxes.length).toBeGreaterThan(1);
  const sorted = boxes.sort((a, b) => a[0]! - b[0]!);
  for (const [index, [start]] of sorted.entries()) if (index > 0) expect(start).toBeGreaterThan(sorted[index - 1]![1]!);
  await expect(page.locator('[aria-labelledby="home-latest-answers"] [data-question]')).toHaveCount(5);
  await shot(page, "home-fr");
  await page.getByRole("link", { name: "Toutes les questions, des plus récentes aux plus anciennes" }).click();
  await expect(page).toHaveURL(/\/fr\/questions$/);
  await expect(page.locator("[data-question]")).toHaveCount(total ?? 0);
  // An old link to a page of the home list lands on that page of the list.
  await page.goto("/fr?page=2");
  await expect(page).toHaveURL(/\/fr\/questions\?page=2$/);
});

test("a malformed address falls back, an unknown id is a 404", async ({ page }) => {
  const response = await page.goto("/en/ministers?sort=drop&dir=sideways&legislature=abc");
  expect(response?.status()).toBe(200);
  await expect(page.locator('th[data-column="questions"]')).toHaveAttribute("aria-sort", "descending");
  for (const path of ["/en/ministers/abc", "/en/ministers/999999", "/en/members/0", "/en/members/999999", "/en/parties/Nobody"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // The legislature filter: legislature 7 holds one question of the fixtures, to Météorologie.
  await page.goto("/fr/ministers");
  await page.getByLabel("Législature").selectOption("7");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/legislature=7/);
  await expect(page.locator("[data-minister]").filter({ hasText: "ministre de la Météorologie" })).toBeVisible();
});

for (const locale of ["fr", "nl", "en"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`no serious or critical axe violations on the accountability pages (${locale}, ${colorScheme})`, async ({ browser }) => {
      // Seven pages, each analysed in full.
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`/${locale}/ministers`);
      const ministerHref = await page.locator("[data-minister]").filter({ hasText: ARCHIVES_FR }).getByRole("link").first().getAttribute("href");
      await page.goto(`/${locale}/members`);
      const memberHref = await page.locator("[data-member]").filter({ hasText: "Lotte Voorbeeld" }).getByRole("link").first().getAttribute("href");
      for (const path of [`/${locale}`, `/${locale}/ministers?sort=median`, ministerHref!, `/${locale}/members`, memberHref!, `/${locale}/parties`, `/${locale}/parties/MR`]) {
        await page.goto(path);
        expect(await seriousViolations(page), `${path} ${colorScheme}`).toEqual([]);
      }
      if (locale === "nl") await shot(page, `party-nl-${colorScheme}`);
      await context.close();
    });
  }
}
