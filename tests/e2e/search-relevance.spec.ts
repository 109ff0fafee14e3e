/**
 * Search relevance as a reader meets it (issue 8), in Chromium against the production build:
 * a Dutch singular finds the question written in the plural and marks the plural; a Dutch word
 * does not bring up French look-alikes; an author's name typed in the box finds her questions
 * and says so; misspelt words get corrections that find questions. The e2e server seeds
 * tests/fixtures/search and tests/fixtures/relevance (playwright.config.ts).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a Dutch singular finds the question in the plural and marks the plural", async ({ page }) => {
  await page.goto("/nl/search");
  const box = page.locator("#search-q");
  await box.fill("trajectcontrole");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=trajectcontrole/);
  const question = page.locator('[data-question="5-9101"]');
  await expect(question).toBeVisible();
  await expect(question.locator('[data-snippet="nl"] mark').first()).toHaveText(/^trajectcontroles$/i);

  await page.goto("/nl/search?q=boete");
  await expect(page.locator('[data-question="5-9101"] [data-snippet="nl"] mark').first()).toHaveText(/^boetes$/i);
});

test("politie finds the police question, not the ones that only say politique", async ({ page }) => {
  await page.goto("/fr/search?q=politie");
  await expect(page.locator('[data-question="5-6543"]')).toBeVisible();
  await expect(page.locator('[data-question="5-8902"]')).toHaveCount(0);
  await expect(page.locator('[data-question="5-9118"]')).toHaveCount(0);
  await expect(page.locator('[data-snippet="fr"] mark')).toHaveCount(0);
  await expect(page.locator('[data-question="5-6543"] [data-snippet="nl"] mark').first()).toHaveText(/^politie/i);
});

test("an author's name typed in the box finds her questions and says it was read as a name", async ({ page }) => {
  await page.goto("/fr/search?q=Taelman");
  await expect(page.locator('[data-question="4-1240"]')).toBeVisible();
  await expect(page.locator('[data-question="5-8902"]')).toBeVisible();
  await expect(page.locator('[data-name-match="author"]')).toHaveText("Auteur : Martine Taelman");

  await page.goto(`/fr/search?q=${encodeURIComponent("prison -taelman")}`);
  await expect(page.locator('[data-question="4-1234"]')).toBeVisible();
  await expect(page.locator('[data-question="4-1240"]')).toHaveCount(0);
});

for (const { typed, locale, label } of [
  { typed: "Talman", locale: "nl", label: "Bedoelde u:" },
  { typed: "prisn", locale: "fr", label: "Vouliez-vous dire :" },
]) {
  test(`"${typed}" offers corrections that find questions`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${typed}`);
    const suggestions = page.locator("[data-suggestions]");
    await expect(suggestions).toContainText(label);
    const accessibility = await new AxeBuilder({ page }).include("main").withTags(["wcag2a", "wcag2aa"]).analyze();
    expect(accessibility.violations).toEqual([]);
    const first = suggestions.getByRole("link").first();
    const corrected = (await first.textContent()) ?? "";
    await first.click();
    await expect(page.locator("#search-q")).toHaveValue(corrected);
    await expect(page.locator("[data-question]").first()).toBeVisible();
  });
}
