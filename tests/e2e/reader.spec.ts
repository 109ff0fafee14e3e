/**
 * The bilingual reader (/{locale}/questions/{id}) and what hangs from it: descriptor lists, the
 * JSON API, 404s, the column order, small screens, dark theme, print, and accessibility.
 * Runs against the production build seeded with seeds/ and the test documents of
 * tests/fixtures/search and tests/fixtures/reader (5-8900, one of 5-8902's siblings, is there).
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseDocument } from "../../lib/source/parse";
import { questionRecordSchema } from "../../lib/source/record";
import { screenshotPath } from "./screenshots";

const QUESTION = "/questions/5-8902";
const SIBLINGS = ["5-8900", "5-8901", ...Array.from({ length: 16 }, (_, k) => `5-${8903 + k}`)];

async function shot(page: Page, name: string) {
  await page.screenshot({ path: screenshotPath(`${name}.png`), fullPage: true });
}

/** The grid row holding a given paragraph. */
function rowOf(page: Page, text: string) {
  return page.locator(".parallel-row").filter({ has: page.getByText(text, { exact: false }) });
}

test.describe("question page in French", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/fr${QUESTION}`);
  });

  test("header: number, session, dates, author, minister in both languages, status and reminders", async ({ page }) => {
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toContainText("Question écrite n° 5-8902");
    await expect(h1).toContainText("Services publics fédéraux - Communication avec les citoyens");
    await expect(page.locator('p[lang="nl"]').first()).toHaveText("Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media");
    const facts = page.locator("main dl").first();
    await expect(facts).toContainText("2012-2013");
    await expect(facts).toContainText("30 avril 2013");
    await expect(facts).toContainText("Martine Taelman (Open Vld)");
    await expect(facts.locator('[lang="fr"]').first()).toContainText("vice-premier ministre et ministre des Affaires étrangères");
    await expect(facts.locator('[lang="nl"]').first()).toContainText("vice-eersteminister en minister van Buitenlandse Zaken");
    await expect(page.locator("[data-status]").first()).toHaveText(/répondu après 293 jours/i);
    await expect(page.getByText("1 rappel", { exact: true })).toBeVisible();
    await shot(page, "fr-desktop");
  });

  test("timeline: an ordered list of dated events with the days between them", async ({ page }) => {
    const timeline = page.getByRole("region", { name: "Chronologie" });
    const items = timeline.locator("ol > li");
    await expect(items).toHaveCount(3);
    await expect(items.nth(0)).toContainText("Envoi de la question");
    await expect(items.nth(0).locator("time")).toHaveText("30 avril 2013");
    await expect(items.nth(0).locator("time")).toHaveAttribute("datetime", "2013-04-30");
    await expect(items.nth(1)).toContainText("232 jours plus tard");
    await expect(items.nth(1).locator("time")).toHaveText("18 décembre 2013");
    await expect(items.nth(2)).toContainText("61 jours plus tard");
    await expect(items.nth(2).locator("time")).toHaveText("17 février 2014");
  });

  test("the French and Dutch answers start side by side, each column marked with its language", async ({ page }) => {
    const answer = page.getByRole("region", { name: "Réponse" });
    const firstRow = answer.locator(".parallel-row").first();
    const fr = firstRow.locator('[data-lang="fr"]');
    const nl = firstRow.locator('[data-lang="nl"]');
    await expect(fr).toContainText("1. Le Service public fédéral (SPF) Affaires étrangères");
    await expect(nl).toContainText("1. De Federale Overheidsdienst (FOD) Buitenlandse Zaken");
    const [frBox, nlBox] = [await fr.boundingBox(), await nl.boundingBox()];
    expect(frBox && nlBox).toBeTruthy();
    expect(Math.abs(frBox!.y - nlBox!.y)).toBeLessThan(2); // top-aligned
    expect(frBox!.x).toBeLessThan(nlBox!.x); // French on the left in the French interface
    // Numbered points stay paired further down too.
    await expect(rowOf(page, "2. a. Depuis le lancement officiel").locator('[data-lang="nl"]')).toContainText("2. a.");
    // Every paragraph has an anchor.
    await expect(page.locator("#a-fr-1")).toContainText("1. Le Service public fédéral");
    await expect(page.locator("#q-nl-1")).toContainText("Bedrijven en overheden");
    await expect(page.getByText("Posée en néerlandais ; le texte français est une traduction.")).toBeVisible();
  });

  test("also asked to: the sibling in the archive as a card, the 17 others as one line of numbers linking to senate.be in French", async ({ page }) => {
    const section = page.getByRole("region", { name: "Aussi posée à" });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("Aussi posée à");
    await expect(section).toContainText("La même question a été adressée à 18 autres ministres");
    const card = section.locator('li[data-sibling="5-8900"]');
    await expect(card).toContainText("ministre de la Justice");
    await expect(card.getByRole("link", { name: "5-8900" })).toHaveAttribute("href", "/fr/questions/5-8900");
    await expect(card.locator("[data-status]")).toHaveText("Sans réponse à la fin de la législature le 28 avril 2014, 363 jours après la question");
    await expect(section.locator("li[data-sibling]")).toHaveCount(1);
    const line = section.locator("[data-siblings-elsewhere]");
    await expect(line).toContainText("Pas dans l'archive, sur senate.be :");
    const links = line.getByRole("link");
    await expect(links).toHaveText(SIBLINGS.slice(1));
    for (const [index, id] of SIBLINGS.slice(1).entries()) {
      const [legislature, number] = id.split("-");
      await expect(links.nth(index)).toHaveAttribute("href", `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=${legislature}&NR=${number}&LANG=fr`);
      await expect(links.nth(index)).toHaveAccessibleName(`Question ${id} : page officielle sur senate.be (ouvre le site du Sénat)`);
    }
    // One line, not seventeen cards: the whole section is shorter than a phone screen.
    expect((await section.boundingBox())!.height).toBeLessThan(400);
    await section.screenshot({ path: screenshotPath("fr-siblings.png") });
  });

  test("headings: one h1, then h2 sections in order", async ({ page }) => {
    const headings = await page.locator("main").locator("h1, h2, h3").evaluateAll((nodes) => nodes.map((node) => `${node.tagName}:${node.textContent?.trim()}`));
    expect(headings).toEqual([
      expect.stringMatching(/^H1:Question écrite/), "H2:Chronologie", "H2:Question", "H2:Réponse", "H2:Aussi posée à", "H3:Dans l'archive", "H2:Citer cette question",
    ]);
  });

  test("copy-link control copies the paragraph's address", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.locator("#a-nl-1").getByRole("link", { name: "Copier le lien vers ce paragraphe" }).click();
    await expect(page.locator("#a-nl-1").getByRole("status")).toHaveText("Lien copié");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/fr${QUESTION}#a-nl-1`);
  });
});

test("question page in Dutch: Dutch first, Dutch labels and senate.be links in Dutch", async ({ page }) => {
  await page.goto(`/nl${QUESTION}`);
  await expect(page.locator("[data-status]").first()).toHaveText(/beantwoord na 293 dagen/i);
  await expect(page.getByText("1 herinnering", { exact: true })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Tijdlijn" });
  await expect(timeline.locator("time")).toHaveText(["30 april 2013", "18 december 2013", "17 februari 2014"]);
  await expect(timeline).toContainText("232 dagen later");
  const firstRow = page.getByRole("region", { name: "Antwoord" }).locator(".parallel-row").first();
  const nlBox = await firstRow.locator('[data-lang="nl"]').boundingBox();
  const frBox = await firstRow.locator('[data-lang="fr"]').boundingBox();
  expect(nlBox!.x).toBeLessThan(frBox!.x);
  expect(Math.abs(nlBox!.y - frBox!.y)).toBeLessThan(2);
  await expect(firstRow.locator('[data-lang="nl"]')).toContainText("1. De Federale Overheidsdienst");
  await expect(firstRow.locator('[data-lang="fr"]')).toContainText("1. Le Service public fédéral");
  const siblings = page.getByRole("region", { name: "Ook gesteld aan" });
  await expect(siblings.locator('li[data-sibling="5-8900"]')).toContainText("minister van Justitie");
  await expect(siblings.locator("[data-siblings-elsewhere]")).toContainText("Niet in het archief, op senate.be:");
  await expect(siblings.locator("[data-siblings-elsewhere]").getByRole("link").first()).toHaveAttribute("href", /LEG=5&NR=8901&LANG=nl$/);
  await shot(page, "nl-desktop");
});

test("question page in English: English dates, descriptors in French · Dutch, French first", async ({ page }) => {
  await page.goto(`/en${QUESTION}`);
  await expect(page.locator("[data-status]").first()).toHaveText("Answered after 293 days");
  await expect(page.getByRole("region", { name: "Timeline" }).locator("time")).toHaveText(["30 April 2013", "18 December 2013", "17 February 2014"]);
  const chip = page.getByRole("link", { name: /médias sociaux.*sociale media/ });
  await expect(chip.locator('[lang="fr"]')).toHaveText("médias sociaux");
  await expect(chip.locator('[lang="nl"]')).toHaveText("sociale media");
  await expect(page.locator("main dl").first().locator('[lang="fr"]').first()).toContainText("vice-premier ministre");
  await expect(page.locator("main dl").first().locator('[lang="nl"]').first()).toContainText("vice-eersteminister");
  await expect(page.getByRole("region", { name: "Also asked to" }).locator("[data-siblings-elsewhere] a").first()).toHaveAttribute("href", /LANG=fr$/);
});

test("the header's language switch keeps the reader on the same question", async ({ page }) => {
  await page.goto(`/fr${QUESTION}`);
  await page.getByRole("navigation", { name: "Langue de l'interface" }).getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(new RegExp(`/nl${QUESTION}$`));
  await expect(page.locator("[data-status]").first()).toHaveText(/beantwoord na 293 dagen/i);
  await page.getByRole("navigation", { name: "Taal van de interface" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${QUESTION}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Written question No. 5-8902");
});

test("a descriptor chip leads to the list of questions with that descriptor", async ({ page }) => {
  await page.goto(`/fr${QUESTION}`);
  await page.getByRole("link", { name: "médias sociaux", exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/descriptors\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("médias sociaux");
  await expect(page.getByText("2 questions avec ce descripteur")).toBeVisible();
  const entry = page.getByRole("listitem").filter({ hasText: "5-8902" });
  await expect(entry).toContainText("Services publics fédéraux - Communication avec les citoyens");
  await shot(page, "descriptor-list");
  await entry.getByRole("link", { name: "5-8902" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr${QUESTION}$`));
});

test("every descriptor of 5-8902 lists 5-8902", async ({ page }) => {
  await page.goto(`/nl${QUESTION}`);
  const hrefs = await page.locator('a[href*="/descriptors/"]').evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole("link", { name: "5-8902" })).toBeVisible();
  }
});

test("the column order switch puts Dutch on the left and is remembered across reloads", async ({ page }) => {
  await page.goto(`/fr${QUESTION}`);
  const firstColumn = () => page.getByRole("region", { name: "Question", exact: true }).locator(".parallel-row").first().locator("[data-lang]").first();
  await expect(firstColumn()).toHaveAttribute("lang", "fr");
  await page.getByRole("button", { name: "Mettre le néerlandais à gauche" }).click();
  await expect(page.getByRole("button", { name: "Mettre le français à gauche" })).toBeVisible();
  await expect(firstColumn()).toHaveAttribute("lang", "nl");
  await page.reload();
  await expect(firstColumn()).toHaveAttribute("lang", "nl");
  await shot(page, "fr-dutch-left");
  // The choice follows the reader to another interface language, and back.
  await page.goto(`/en${QUESTION}`);
  await expect(firstColumn()).toHaveAttribute("lang", "nl");
  await page.getByRole("button", { name: "Put French on the left" }).click();
  await expect(firstColumn()).toHaveAttribute("lang", "fr");
  await page.reload();
  await expect(firstColumn()).toHaveAttribute("lang", "fr");
});

test("on a phone the reader stacks the pairs, labelled, and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  for (const locale of ["fr", "nl", "en"]) {
    await page.goto(`/${locale}${QUESTION}`);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, `${locale}: horizontal scroll`).toBeLessThanOrEqual(widths.client);
  }
  const firstRow = page.getByRole("region", { name: "Answer", exact: true }).locator(".parallel-row").first();
  const fr = await firstRow.locator('[data-lang="fr"]').boundingBox();
  const nl = await firstRow.locator('[data-lang="nl"]').boundingBox();
  expect(nl!.y).toBeGreaterThan(fr!.y + fr!.height - 1); // stacked: French, then Dutch
  await expect(firstRow.locator('[data-lang="nl"]').getByText("Nederlands", { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("en-mobile.png"), fullPage: false });
  await page.locator("#answer-heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("en-mobile-answer.png"), fullPage: false });
  await context.close();
});

test("without JavaScript the reader is complete: both columns, timeline and siblings", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/fr${QUESTION}`);
  const firstRow = page.getByRole("region", { name: "Réponse" }).locator(".parallel-row").first();
  await expect(firstRow.locator('[data-lang="fr"]')).toContainText("1. Le Service public fédéral");
  await expect(firstRow.locator('[data-lang="nl"]')).toContainText("1. De Federale Overheidsdienst");
  await expect(page.locator("[data-sibling]")).toHaveCount(18);
  await expect(page.getByRole("region", { name: "Chronologie" }).locator("time")).toHaveCount(3);
  // The copy-link control degrades to a plain anchor link.
  await expect(page.locator("#a-fr-1 a.copy-link")).toHaveAttribute("href", "#a-fr-1");
  // The column switch is a plain form: it works without JavaScript too.
  await page.getByRole("button", { name: "Mettre le néerlandais à gauche" }).click();
  await expect(page).toHaveURL(new RegExp(`/fr${QUESTION}#reader$`));
  await expect(page.getByRole("region", { name: "Question", exact: true }).locator("[data-lang]").first()).toHaveAttribute("lang", "nl");
  await shot(page, "fr-no-js");
  await context.close();
});

test.describe("not found", () => {
  for (const [path, title] of [
    ["/fr/questions/9-99999", "Page introuvable"],
    ["/nl/questions/abc", "Pagina niet gevonden"],
    ["/en/questions/5-8902x", "Page not found"],
    ["/en/questions/%E0%A4%A", "Page not found"],
    ["/fr/descriptors/999999", "Page introuvable"],
    ["/nl/descriptors/abc", "Pagina niet gevonden"],
  ] as const) {
    test(`${path} is a localized 404`, async ({ page }) => {
      // A malformed escape is redirected by the proxy to the locale's 404 page (Next.js itself
      // would answer 500, vercel/next.js#92527); what the reader sees is still a 404.
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    });
  }
});

test("/questions/5-8902 without a locale redirects to the localized page", async ({ page }) => {
  const response = await page.goto(QUESTION);
  expect(response?.request().redirectedFrom()?.url()).toMatch(/\/questions\/5-8902$/);
  await expect(page).toHaveURL(/\/(en|fr|nl)\/questions\/5-8902$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("5-8902");
});

test.describe("JSON API", () => {
  test("/api/questions/5-8902 is the parser's record, field for field, plus the status and session fields", async ({ request }) => {
    const response = await request.get(`/api/questions/5-8902`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const { status, statusDetail, sessionLabel, officialUrl, ...record } = (await response.json()) as Record<string, unknown>;
    expect(questionRecordSchema.safeParse(record).success).toBe(true);
    const file = "seeds/000_dc0ab1c61fd4920e.txt";
    expect(record).toEqual(parseDocument(await readFile(file), file));
    expect(status).toBe("answered");
    expect(statusDetail).toMatchObject({ kind: "answered", answeredOn: "2014-02-17", days: 293, reminders: 1, isAfterLegislatureEnd: false });
    expect(sessionLabel).toEqual({ fr: "session 2012-2013", nl: "zitting 2012-2013", en: "session 2012-2013" });
    expect(officialUrl).toEqual({
      fr: "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=fr",
      nl: "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=nl",
    });
  });

  for (const id of ["9-99999", "abc", "5-8902x", "%E0%A4%A", "5-8902%00", "..%2F..%2Fetc"]) {
    test(`/api/questions/${id} is a JSON 404`, async ({ request }) => {
      const response = await request.get(`/api/questions/${id}`);
      expect(response.status()).toBe(404);
      const body = (await response.json()) as { error?: unknown };
      expect(typeof body.error).toBe("string");
    });
  }
});

test.describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const locale of ["fr", "nl", "en"]) {
      test(`no serious or critical axe violations (${locale}, ${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${locale}${QUESTION}`);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
        expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
        if (locale === "en") await shot(page, `en-${colorScheme}`);
      });
    }
  }

  test("the page has main, banner, navigation and contentinfo landmarks, and visible focus", async ({ page }) => {
    await page.goto(`/fr${QUESTION}`);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    const toggle = page.getByRole("button", { name: "Mettre le néerlandais à gauche" });
    await toggle.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(toggle).toBeFocused();
    const outline = await toggle.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe("none");
  });
});

test("print: both columns side by side, no header, footer or controls", async ({ page }) => {
  // A narrow window: on screen that would stack the columns, in print they stay side by side.
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.goto(`/fr${QUESTION}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "Mettre le néerlandais à gauche" })).toBeHidden();
  await expect(page.locator("a.copy-link").first()).toBeHidden();
  const firstRow = page.getByRole("region", { name: "Réponse" }).locator(".parallel-row").first();
  const fr = await firstRow.locator('[data-lang="fr"]').boundingBox();
  const nl = await firstRow.locator('[data-lang="nl"]').boundingBox();
  expect(Math.abs(fr!.y - nl!.y)).toBeLessThan(2);
  await shot(page, "fr-print");
  await page.pdf({ path: screenshotPath("fr-print.pdf"), format: "A4" });
});
