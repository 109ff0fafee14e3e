/**
 * The search as a reader uses it, in Chromium against the production build: the header box,
 * highlighted results in both languages, a minister facet, paging, opening a result and
 * coming back to the same results. Needs the search fixtures in the archive besides seeds/
 * (the e2e server seeds tests/fixtures/search too: EXTRA_SEED_DIRS in playwright.config.ts).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("search from the header, refine by minister, page forward, open a result and come back", async ({ page }) => {
  await page.goto("/fr");
  const headerBox = page.getByRole("search").getByRole("searchbox");
  await headerBox.fill("prison OR gevangenis");
  await headerBox.press("Enter");

  await expect(page).toHaveURL(/\/fr\/search\?q=prison\+OR\+gevangenis$/);
  const results = page.locator("[data-question]");
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("status").first()).toContainText("2 questions trouvées");
  // Matched words are marked in the French and in the Dutch snippet.
  await expect(page.locator('[data-question="4-1240"] [data-snippet="fr"] mark').first()).toHaveText(/prisons?/i);
  await expect(page.locator('[data-question="4-1240"] [data-snippet="nl"] mark').first()).toHaveText(/gevangenis/i);
  await expect(page.locator('[data-question="4-1234"] [data-snippet="nl"] mark').first()).toHaveText(/gevangenis/i);

  const accessibility = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(accessibility.violations).toEqual([]);

  // The minister facet: every count is what choosing it gives.
  const justice = page.locator('[data-facet="minister"]').getByRole("link", { name: /ministre de la Justice\s*2/ });
  await justice.click();
  await expect(page).toHaveURL(/minister=ministre\+de\+la\+Justice/);
  await expect(results).toHaveCount(2);
  await expect(page.locator('[data-facet="minister"] [aria-current="true"]')).toContainText("ministre de la Justice");

  // One result per page, to page through the two.
  await page.goto(`${page.url()}&size=1`);
  await expect(results).toHaveCount(1);
  await expect(page.getByText("Page 1 sur 2").first()).toBeVisible();
  const firstPageHit = await results.first().getAttribute("data-question");
  await page.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(results).toHaveCount(1);
  const secondPageHit = await results.first().getAttribute("data-question");
  expect(secondPageHit).not.toBe(firstPageHit);

  // Open the result, then back: the same query, filter, page and hit.
  const searchUrl = page.url();
  await results.first().getByRole("link", { name: secondPageHit! }).click();
  await expect(page).toHaveURL(new RegExp(`/fr/questions/${secondPageHit}$`));
  await page.goBack();
  await expect(page).toHaveURL(searchUrl);
  await expect(results.first()).toHaveAttribute("data-question", secondPageHit!);
  await expect(page.locator("#search-q")).toHaveValue("prison OR gevangenis");
});

test("a question number goes straight to the question", async ({ page }) => {
  await page.goto("/nl/search?q=5-8902");
  await expect(page).toHaveURL(/\/nl\/questions\/5-8902$/);
});

test("a bad parameter falls back with a notice, not an error", async ({ page }) => {
  const response = await page.goto("/en/search?q=prison&page=zero&status=sleeping");
  expect(response?.status()).toBe(200);
  await expect(page.locator("[data-notices]")).toContainText("page");
  await expect(page.locator("[data-notices]")).toContainText("sleeping");
  await expect(page.locator("[data-question]").first()).toBeVisible();
});

test("nothing found suggests which filter to drop", async ({ page }) => {
  await page.goto("/en/search?q=prison&party=PS");
  await expect(page.locator("[data-empty]")).toContainText("No question matches");
  await page.locator("[data-empty]").getByRole("link", { name: /party/i }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=prison$/);
  await expect(page.locator("[data-question]")).toHaveCount(2);
});

test("the archive offers itself as a browser search engine", async ({ page, request }) => {
  await page.goto("/fr/search");
  const href = await page.locator('link[rel="search"]').getAttribute("href");
  expect(href).toBeTruthy();
  const description = await request.get(href!);
  expect(description.headers()["content-type"]).toContain("application/opensearchdescription+xml");
  expect(await description.text()).toContain("/fr/search?q={searchTerms}");
});

test("the JSON API returns the same results", async ({ request }) => {
  const response = await request.get("/api/search?q=prison&sort=oldest");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; results: { id: string; rank: number }[] };
  expect(body.total).toBe(2);
  expect(body.results.map((result) => result.id)).toEqual(["4-1234", "4-1240"]);
});
