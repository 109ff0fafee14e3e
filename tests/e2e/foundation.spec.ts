import { expect, test } from "@playwright/test";

test("the list of all questions, linked from the home page, shows the seeded question with its subject in both languages", async ({ page }) => {
  await page.goto("/");
  // The home page is a front page (issue 10); the full list is one link away.
  await page.getByRole("link", { name: /^(All questions|Toutes les questions|Alle vragen), / }).click();
  await expect(page).toHaveURL(/\/(en|fr|nl)\/questions$/);
  const entry = page.getByRole("listitem").filter({ hasText: "5-8902" });
  await expect(entry).toContainText("Services publics fédéraux - Communication avec les citoyens");
  await expect(entry).toContainText("Federale overheidsdiensten - Communicatie met burgers");
  await expect(entry).toContainText("Martine Taelman (Open Vld)");
  await entry.getByRole("link", { name: "5-8902" }).click();
  await expect(page).toHaveURL(/\/(en|fr|nl)\/questions\/5-8902$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5-8902");
  await expect(page.locator('[lang="fr"]').getByText("1. Le Service public fédéral (SPF) Affaires étrangères")).toBeVisible();
  await expect(page.locator('[lang="nl"]').getByText("1. De Federale Overheidsdienst (FOD) Buitenlandse Zaken")).toBeVisible();
});

test("an unknown question is a 404", async ({ page }) => {
  const response = await page.goto("/questions/9-99999");
  expect(response?.status()).toBe(404);
});
