/**
 * Interface language: chosen from the browser's Accept-Language on the first visit, remembered
 * once the reader picks one, and applied to labels, dates and numbers.
 */
import { expect, test } from "@playwright/test";

// Playwright's `locale` sets the browser language, which Chromium sends as Accept-Language.
for (const [browserLanguage, locale] of [
  ["nl-BE", "nl"],
  ["fr-BE", "fr"],
  ["de-DE", "en"],
] as const) {
  test(`/ in a browser set to ${browserLanguage} opens /${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLanguage });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await context.close();
  });
}

test("a language chosen in the header is remembered for the next visit to /", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-BE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
  await page.getByRole("navigation", { name: "Taal van de interface" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions écrites");
  await context.close();
});

test("dates in the list of questions are written the way each language writes them", async ({ page }) => {
  await page.goto("/fr/questions");
  await expect(page.getByText("Posée le 30 avril 2013").first()).toBeVisible();
  await page.goto("/nl/questions");
  await expect(page.getByText("Gesteld op 30 april 2013").first()).toBeVisible();
  // British order for English, not the American "April 30, 2013".
  await page.goto("/en/questions");
  await expect(page.getByText("Asked on 30 April 2013").first()).toBeVisible();
  await expect(page.getByText("April 30, 2013")).toHaveCount(0);
});
