/**
 * The reader's second pass (issue 9), in Chromium against the production build, on desktop and
 * phone, in French, Dutch and English, light and dark: the status model on pages, lists, facets
 * and the API; extraordinary sessions; the question's official page; citing and sharing; the
 * compact siblings; the language order; the one-language view and the jump bar on phones;
 * paragraph links; the header search box; a sibling number that is not in the archive.
 *
 * Test documents (tests/fixtures/reader, loaded by the e2e server): 5-8900 (legislature 5,
 * unanswered: lapsed when the Chambers were dissolved on 28 April 2014), 4-1800 (asked on 22
 * April 2010, answered on 18 June 2010, after the dissolution of 7 May 2010), 8-120 (current
 * legislature, reminded, unanswered), 5-42 (extraordinary session 2010, header on one line),
 * 4-17 (extraordinary session 2007, header on two lines).
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { PUBLIC_ORIGIN } from "./public-origin";
import { parseDocument } from "../../lib/source/parse";
import { screenshotPath } from "./screenshots";

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true } as const;

async function shot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: screenshotPath(`${name}.png`), fullPage });
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Whole days from an ISO date to today in Brussels, as the server counts them. */
function daysSince(isoDate: string): number {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  return Math.round((Date.parse(today) - Date.parse(isoDate)) / 86_400_000);
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
  return page.locator(selector).first().getAttribute("content");
}

test.describe("status", () => {
  test("a question unanswered when its legislature ended reads as such in each language, with the day of the dissolution and the days counted to it", async ({ page }) => {
    for (const [locale, badge, noAnswer] of [
      ["fr", "Sans réponse à la fin de la législature le 28 avril 2014, 363 jours après la question", "Aucune réponse n'a été publiée avant la fin de la législature."],
      ["nl", "Onbeantwoord bij het einde van de zittingsperiode op 28 april 2014, 363 dagen na de vraag", "Er werd geen antwoord gepubliceerd vóór het einde van de zittingsperiode."],
      ["en", "Unanswered when the legislature ended on 28 April 2014, 363 days after it was asked", "No answer was published before the legislature ended."],
    ] as const) {
      await page.goto(`/${locale}/questions/5-8900`);
      const status = page.locator("main [data-status]").first();
      await expect(status).toHaveAttribute("data-status", "lapsed");
      await expect(status).toHaveText(badge);
      await expect(page.getByText(noAnswer)).toBeVisible();
      if (locale === "fr") await shot(page, "status-lapsed-fr");
    }
  });

  test("a question asked before the dissolution and answered after it is answered, and says when", async ({ page }) => {
    await page.goto("/fr/questions/4-1800");
    await expect(page.locator("main [data-status]").first()).toHaveText("Répondu après 57 jours");
    await expect(page.locator("[data-after-legislature-end]")).toHaveText("Réponse reçue après la fin de la législature");
  });

  test("a question of the current legislature awaits, counted to today, with its reminder", async ({ page }) => {
    await page.goto("/en/questions/8-120");
    const status = page.locator("main [data-status]").first();
    await expect(status).toHaveAttribute("data-status", "reminded");
    await expect(status).toHaveText(`Awaiting an answer for ${daysSince("2025-01-15").toLocaleString("en-GB")} days`);
    await expect(page.getByText("1 reminder", { exact: true })).toBeVisible();
  });

  test("lists and the status facet use the same status", async ({ page }) => {
    await page.goto("/fr/questions");
    await expect(page.locator('[data-question="5-8900"] [data-status]')).toHaveAttribute("data-status", "lapsed");
    await expect(page.locator('[data-question="5-8900"] [data-status]')).toHaveText("Sans réponse à la fin de la législature");
    await expect(page.locator('[data-question="8-120"] [data-status]')).toHaveText("En attente, rappelée");
    await page.goto("/fr/search");
    await page.locator('[data-facet="status"]').getByRole("link", { name: /Sans réponse à la fin de la législature/ }).click();
    await expect(page).toHaveURL(/status=lapsed/);
    // The results stream in after the URL changes.
    await expect(page.locator('[data-facet="status"] [aria-current="true"]')).toContainText("Sans réponse à la fin de la législature");
    const statuses = page.locator("[data-question] [data-status]");
    await expect(statuses.first()).toBeVisible();
    expect(new Set(await statuses.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-status"))))).toEqual(new Set(["lapsed"]));
  });

  test("the JSON API keeps every record field and adds the status", async ({ request }) => {
    const response = await request.get("/api/questions/5-8900");
    const body = (await response.json()) as Record<string, unknown>;
    const file = "tests/fixtures/reader/5-8900_sibling-unanswered.txt";
    const record = parseDocument(await readFile(file), file);
    expect(body).toMatchObject(record);
    expect(body.status).toBe("lapsed");
    expect(body.statusDetail).toMatchObject({ kind: "lapsed", legislatureEndedOn: "2014-04-28", days: 363, reminders: 1 });
    const search = (await (await request.get("/api/search?q=5-8900")).json()) as { results: Record<string, unknown>[] };
    expect(search.results[0]).toMatchObject({ id: "5-8900", status: "lapsed", statusDetail: { kind: "lapsed", days: 363 } });
  });
});

test.describe("extraordinary sessions", () => {
  for (const [locale, label] of [
    ["fr", "session extraordinaire 2010"],
    ["nl", "buitengewone zitting 2010"],
    ["en", "extraordinary session 2010"],
  ] as const) {
    test(`a question of the 2010 extraordinary session shows it in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}/questions/5-42`);
      await expect(page.locator("dd[data-session]")).toHaveText(label);
      await expect(page.locator("dd[data-session]")).toHaveAttribute("data-session", "2010");
    });
  }

  test("the header on two lines loads too (4-17, 2007), and the session facet filters on it", async ({ page, request }) => {
    await page.goto("/fr/questions/4-17");
    await expect(page.locator("dd[data-session]")).toHaveText("session extraordinaire 2007");
    await page.goto("/nl/search");
    const facet = page.locator('[data-facet="session"]');
    await expect(facet.getByRole("link", { name: /buitengewone zitting 2010/ })).toBeVisible();
    await facet.getByRole("link", { name: /buitengewone zitting 2010/ }).click();
    await expect(page).toHaveURL(/session=2010/);
    await expect(page.locator("[data-question]")).toHaveCount(1);
    await expect(page.locator('[data-question="5-42"]')).toBeVisible();
    const api = (await (await request.get("/api/questions/5-42")).json()) as { session: string; sessionLabel: unknown };
    expect(api.session).toBe("2010");
    expect(api.sessionLabel).toEqual({ fr: "session extraordinaire 2010", nl: "buitengewone zitting 2010", en: "extraordinary session 2010" });
  });
});

test.describe("the question's official page", () => {
  for (const [locale, lang, name] of [
    ["fr", "fr", "Question 5-8902 : page officielle sur senate.be (ouvre le site du Sénat)"],
    ["nl", "nl", "Vraag 5-8902: officiële pagina op senate.be (opent de site van de Senaat)"],
    ["en", "fr", "Question 5-8902: official page on senate.be, in French (opens the Senate's site)"],
  ] as const) {
    test(`is linked beside the number in ${locale}, to the ${lang} site`, async ({ page }) => {
      await page.goto(`/${locale}/questions/5-8902`);
      const link = page.getByRole("link", { name });
      await expect(link).toHaveAttribute("href", `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=${lang}`);
      // Beside the number: on the same line as it, at the top of the header.
      const number = page.getByRole("heading", { level: 1 }).locator("span").first();
      expect(Math.abs((await link.boundingBox())!.y - (await number.boundingBox())!.y)).toBeLessThan(8);
    });
  }

  test("the printout carries the official address and the citation", async ({ page }) => {
    await page.goto("/fr/questions/5-8902");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-official-page]")).toContainText("Page officielle : https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8902&LANG=fr");
    await expect(page.locator("[data-citation]")).toBeVisible();
    await expect(page.locator("[data-permalink]")).toBeVisible();
    await page.pdf({ path: screenshotPath("fr-print.pdf"), format: "A4" });
  });
});

test.describe("cite and share", () => {
  test("a formatted reference in the interface language, copyable, with the permalink", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const references = {
      fr: `Martine Taelman (Open Vld), « Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux », question écrite n° 5-8902, Sénat de Belgique, session 2012-2013, 30 avril 2013 ; réponse reçue le 17 février 2014. ${PUBLIC_ORIGIN}/fr/questions/5-8902`,
      nl: `Martine Taelman (Open Vld), "Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media", schriftelijke vraag nr. 5-8902, Belgische Senaat, zitting 2012-2013, 30 april 2013; antwoord ontvangen op 17 februari 2014. ${PUBLIC_ORIGIN}/nl/questions/5-8902`,
      en: `Martine Taelman (Open Vld), "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux", written question No. 5-8902, Belgian Senate, session 2012-2013, 30 April 2013; answer received 17 February 2014. ${PUBLIC_ORIGIN}/en/questions/5-8902`,
    };
    for (const [locale, reference] of Object.entries(references)) {
      await page.goto(`/${locale}/questions/5-8902`);
      await expect(page.locator("[data-citation]")).toHaveText(reference);
      await expect(page.locator("[data-permalink]")).toHaveAttribute("href", `${PUBLIC_ORIGIN}/${locale}/questions/5-8902`);
    }
    await page.goto("/fr/questions/5-8902#cite");
    await page.getByRole("button", { name: "Copier la référence" }).click();
    await expect(page.locator("#cite").getByRole("status")).toHaveText("Référence copiée");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(references.fr);
    await page.locator("#cite").screenshot({ path: screenshotPath("cite-fr.png") });
  });

  test("the reference of a lapsed question says so", async ({ page }) => {
    await page.goto("/en/questions/5-8900");
    await expect(page.locator("[data-citation]")).toContainText("30 April 2013; unanswered when the legislature ended.");
  });

  test("citation, description, OpenGraph and Twitter metadata in the head", async ({ page }) => {
    await page.goto("/nl/questions/5-8902");
    const url = `${PUBLIC_ORIGIN}/nl/questions/5-8902`;
    expect(await metaContent(page, 'meta[name="description"]')).toBe(
      "Schriftelijke vraag nr. 5-8902 van Martine Taelman in de Belgische Senaat (zitting 2012-2013, 30 april 2013): Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media. Beantwoord na 293 dagen.",
    );
    expect(await metaContent(page, 'meta[name="citation_title"]')).toBe("Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media");
    expect(await metaContent(page, 'meta[name="citation_author"]')).toBe("Martine Taelman");
    expect(await metaContent(page, 'meta[name="citation_publication_date"]')).toBe("2013/04/30");
    expect(await metaContent(page, 'meta[name="citation_publisher"]')).toBe("Belgische Senaat");
    expect(await metaContent(page, 'meta[name="citation_technical_report_number"]')).toBe("5-8902");
    expect(await metaContent(page, 'meta[name="citation_public_url"]')).toBe(url);
    expect(await metaContent(page, 'meta[property="og:type"]')).toBe("article");
    expect(await metaContent(page, 'meta[property="og:url"]')).toBe(url);
    expect(await metaContent(page, 'meta[property="og:locale"]')).toBe("nl_BE");
    expect(await metaContent(page, 'meta[property="og:title"]')).toBe("Vraag 5-8902: Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media");
    expect(await metaContent(page, 'meta[property="og:image"]')).toBe(`${PUBLIC_ORIGIN}/icon-512.png`);
    expect(await metaContent(page, 'meta[name="twitter:card"]')).toBe("summary");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    // Another question, another description: the subject and its own status.
    await page.goto("/fr/questions/5-8900");
    expect(await metaContent(page, 'meta[name="description"]')).toContain("Sans réponse à la fin de la législature le 28 avril 2014, 363 jours après la question.");
  });

  test("every page has its own description and link preview, on the public origin", async ({ page }) => {
    const OG_LOCALES = { fr: "fr_BE", nl: "nl_BE", en: "en_GB" } as const;
    async function expectSharing(locale: keyof typeof OG_LOCALES, { title, description, url }: { title: string; description: string | RegExp; url: string }) {
      const expectText = (value: string | null) => (typeof description === "string" ? expect(value).toBe(description) : expect(value).toMatch(description));
      expectText(await metaContent(page, 'meta[name="description"]'));
      expectText(await metaContent(page, 'meta[property="og:description"]'));
      expectText(await metaContent(page, 'meta[name="twitter:description"]'));
      expect(await metaContent(page, 'meta[property="og:title"]')).toBe(title);
      expect(await metaContent(page, 'meta[name="twitter:title"]')).toBe(title);
      expect(await metaContent(page, 'meta[property="og:url"]')).toBe(url);
      expect(await metaContent(page, 'meta[property="og:type"]')).toBe("website");
      expect(await metaContent(page, 'meta[property="og:locale"]')).toBe(OG_LOCALES[locale]);
      expect(await metaContent(page, 'meta[property="og:image"]')).toBe(`${PUBLIC_ORIGIN}/icon-512.png`);
      await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveCount(1);
    }

    await page.goto("/fr/ministers?sort=median&dir=desc");
    await expectSharing("fr", {
      title: "Ministres",
      description: "Les ministres interrogés par écrit au Sénat de Belgique : questions reçues, part répondue, délai médian et 90e centile de réponse, rappels, plus ancienne question en attente.",
      url: `${PUBLIC_ORIGIN}/fr/ministers?sort=median&dir=desc`,
    });
    await page.getByRole("link", { name: "ministre des Archives et du Patrimoine" }).click();
    await expect(page).toHaveURL(/\/fr\/ministers\/\d+$/);
    await expectSharing("fr", {
      title: "ministre des Archives et du Patrimoine",
      description: "Portefeuille « ministre des Archives et du Patrimoine » : 5 questions écrites au Sénat de Belgique, 4 réponses, délai médian de réponse de 46,5 jours.",
      url: `${PUBLIC_ORIGIN}${new URL(page.url()).pathname}`,
    });

    await page.goto("/en/members");
    await page.locator("[data-member]").filter({ hasText: "Lotte Voorbeeld" }).getByRole("link", { name: "Lotte Voorbeeld" }).click();
    await expect(page).toHaveURL(/\/en\/members\/\d+$/);
    await expectSharing("en", {
      title: "Lotte Voorbeeld",
      // Answered in 10, 30, 73 and 130 days: median 51.5; 8-907 still awaits.
      description: "Lotte Voorbeeld (Vooruit, Groen): 5 written questions in the Belgian Senate, 4 answers, median time to answer 51.5 days.",
      url: `${PUBLIC_ORIGIN}${new URL(page.url()).pathname}`,
    });

    await page.goto("/nl/search?q=gevangenis");
    await expectSharing("nl", {
      title: "Zoeken: gevangenis",
      description: "Schriftelijke vragen van de Belgische Senaat en hun antwoorden voor “gevangenis”, gezocht in het Nederlands en in het Frans.",
      url: `${PUBLIC_ORIGIN}/nl/search?q=gevangenis`,
    });

    await page.goto("/en/questions/5-8902/set");
    await expectSharing("en", {
      title: "Set of question 5-8902",
      description: "Written question 5-8902 in the Belgian Senate and the same question sent to 18 other ministers: status, time to answer, reminders and the first lines of the answers.",
      url: `${PUBLIC_ORIGIN}/en/questions/5-8902/set`,
    });

    await page.goto("/fr/questions");
    await expectSharing("fr", {
      title: "Toutes les questions",
      description: "Toutes les questions écrites de l'archive du Sénat de Belgique, des plus récentes aux plus anciennes, avec où chacune en est.",
      url: `${PUBLIC_ORIGIN}/fr/questions`,
    });

    await page.goto("/fr/questions/5-8902");
    await page.locator('main a[href^="/fr/descriptors/"]').first().click();
    await expect(page).toHaveURL(/\/fr\/descriptors\/\d+$/);
    await expectSharing("fr", {
      title: `Descripteur : ${await page.getByRole("heading", { level: 1 }).locator("[lang=fr]").first().innerText()}`,
      description: /^Les questions écrites du Sénat de Belgique classées sous le descripteur « [^»]+ », des plus récentes aux plus anciennes\.$/,
      url: `${PUBLIC_ORIGIN}${new URL(page.url()).pathname}`,
    });

    await page.goto("/nl");
    await expectSharing("nl", {
      title: "Schriftelijke vragen",
      description: "De schriftelijke vragen van de Belgische Senaat en de antwoorden, in het Nederlands en het Frans",
      url: `${PUBLIC_ORIGIN}/nl`,
    });
  });

  test("a favicon, app icons and a manifest", async ({ page, request }) => {
    await page.goto("/fr");
    for (const selector of ['link[rel="icon"][type="image/svg+xml"]', 'link[rel="icon"][type="image/x-icon"]', 'link[rel="apple-touch-icon"]']) {
      const href = await page.locator(selector).getAttribute("href");
      const response = await request.get(href!);
      expect(response.status(), selector).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^image\//);
    }
    expect((await request.get("/favicon.ico")).status()).toBe(200);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = (await (await request.get(manifestHref!)).json()) as { icons: { src: string; sizes: string }[] };
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(["192x192", "512x512", "any"]);
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });
});

test.describe("siblings", () => {
  test("in print the cards give way to one line of numbers that keeps the links", async ({ page }) => {
    await page.goto("/fr/questions/5-8902");
    await page.emulateMedia({ media: "print" });
    const section = page.locator("#also-asked-to");
    await expect(section.locator('li[data-sibling="5-8900"]')).toBeHidden();
    const printLine = section.locator("p.print\\:block");
    await expect(printLine.getByRole("link")).toHaveCount(18);
    await expect(printLine.getByRole("link", { name: "5-8900" })).toHaveAttribute("href", "/fr/questions/5-8900");
  });
});

test.describe("language order", () => {
  test("the interface language's text comes first in lists and results; English says once that French comes first", async ({ page }) => {
    for (const [locale, first] of [["fr", "fr"], ["nl", "nl"], ["en", "fr"]] as const) {
      await page.goto(`/${locale}/questions`);
      const row = page.locator('[data-question="5-8902"]');
      await expect(row.locator("p[lang]").first()).toHaveAttribute("lang", first);
      await expect(page.locator("[data-language-order-note]")).toHaveCount(locale === "en" ? 1 : 0);
    }
    await expect(page.locator("[data-language-order-note]")).toHaveText("Texts are shown in French first, then in Dutch.");
    await page.goto("/nl/search?q=sociale+media");
    await expect(page.locator('[data-question="5-8902"] [data-snippet]').first()).toHaveAttribute("data-snippet", "nl");
    await page.goto("/fr/search?q=sociale+media");
    await expect(page.locator('[data-question="5-8902"] [data-snippet]').first()).toHaveAttribute("data-snippet", "fr");
  });

  test("the home page's latest lists and the search results give the interface language's subject first", async ({ page }) => {
    /** The languages of each row's two subject lines, in the order they come. */
    const subjectOrders = (rows: Locator) =>
      rows.evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll(":scope > p[lang]")].slice(0, 2).map((line) => line.getAttribute("lang")).join(",")));
    for (const [locale, order] of [["fr", "fr,nl"], ["nl", "nl,fr"], ["en", "fr,nl"]] as const) {
      await page.goto(`/${locale}`);
      for (const list of ["home-latest-questions", "home-latest-answers"]) {
        const rows = page.locator(`[aria-labelledby="${list}"] [data-question]`);
        await expect(rows.first()).toBeVisible();
        expect(new Set(await subjectOrders(rows)), `${locale} ${list}`).toEqual(new Set([order]));
      }
      await page.goto(`/${locale}/search?q=sociale+media`);
      const results = page.locator("[data-question]");
      await expect(results.first()).toBeVisible();
      expect(new Set(await subjectOrders(results)), `${locale} search`).toEqual(new Set([order]));
      // The subject as the reader sees it first: Dutch on /nl, French on /fr.
      const subject = page.locator('[data-question="5-8902"] p[lang]').first();
      await expect(subject).toHaveText(locale === "nl" ? "Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media" : "Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux");
    }
  });
});

test.describe("phones", () => {
  async function phonePage(browser: Browser, options: { javaScriptEnabled?: boolean; colorScheme?: "light" | "dark" } = {}) {
    const context = await browser.newContext({ ...PHONE, ...options });
    return { context, page: await context.newPage() };
  }

  test("one language at a time, remembered across pages and reloads, with labels for stacked columns", async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await page.goto("/fr/questions/5-8902");
    const both = await page.evaluate(() => document.documentElement.scrollHeight);
    // Stacked columns: the order switch says "first", not "on the left".
    await expect(page.getByRole("button", { name: "Néerlandais d'abord" })).toBeVisible();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.getByRole("button", { name: "Nederlands" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator('#a-nl-1')).toBeVisible();
    await expect(page.locator('#a-fr-1')).toBeHidden();
    await expect(page.getByRole("button", { name: /d'abord/ })).toHaveCount(0);
    const dutchOnly = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(dutchOnly).toBeLessThan(both * 0.65);
    await shot(page, "phone-dutch-only-fr-interface");
    await page.reload();
    await expect(page.locator('#a-fr-1')).toBeHidden();
    await page.goto("/nl/questions/5-8900");
    await expect(page.locator('#q-fr-1')).toBeHidden();
    await expect(page.locator('#q-nl-1')).toBeVisible();
    await page.getByRole("button", { name: "Beide" }).click();
    await expect(page.locator('#q-fr-1')).toBeVisible();
    await context.close();
  });

  test("the one-language view works without JavaScript", async ({ browser }) => {
    const { context, page } = await phonePage(browser, { javaScriptEnabled: false });
    await page.goto("/en/questions/5-8902");
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/en\/questions\/5-8902#reader$/);
    await expect(page.locator('#a-fr-1')).toBeVisible();
    await expect(page.locator('#a-nl-1')).toBeHidden();
    await context.close();
  });

  test("a sticky jump bar keeps question, answer, siblings and citation one tap away", async ({ browser }) => {
    const { context, page } = await phonePage(browser, { colorScheme: "dark" });
    await page.goto("/nl/questions/5-8902");
    const bar = page.getByRole("navigation", { name: "Op deze pagina" });
    await expect(bar.getByRole("link")).toHaveText(["Vraag", "Antwoord", "Ook gesteld aan", "Citeren"]);
    await bar.getByRole("link", { name: "Antwoord" }).click();
    await expect(page).toHaveURL(/#answer-heading$/);
    await expect.poll(async () => (await bar.boundingBox())!.y).toBe(0);
    const barBottom = (await bar.boundingBox())!.height;
    // The scroll is smooth: wait for the heading to settle just below the bar.
    const headingTop = async () => (await page.locator("#answer-heading").boundingBox())!.y;
    await expect.poll(headingTop).toBeLessThan(barBottom + 80);
    expect(await headingTop()).toBeGreaterThanOrEqual(barBottom);
    await shot(page, "phone-jump-bar-dark");
    await bar.getByRole("link", { name: "Citeren" }).click();
    await expect(page.locator("#cite")).toBeInViewport();
    await context.close();
  });
});

test.describe("paragraph links", () => {
  test("the targeted paragraph is highlighted and stops below the sticky bar", async ({ page }) => {
    await page.goto("/fr/questions/5-8902#a-nl-9");
    const paragraph = page.locator("#a-nl-9");
    await expect(paragraph).toBeInViewport();
    expect(await paragraph.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe("rgb(254, 249, 195)");
    await expect.poll(async () => (await paragraph.boundingBox())!.y).toBeGreaterThanOrEqual((await page.locator("[data-jump-bar]").boundingBox())!.height);
    expect(await page.locator("#a-nl-8").evaluate((node) => getComputedStyle(node).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await shot(page, "target-paragraph-fr");
  });

  test("a link to a paragraph of the other language still shows it in a one-language view", async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    await context.addCookies([{ name: "reader-view", value: "fr", domain: "127.0.0.1", path: "/" }]);
    const page = await context.newPage();
    await page.goto("/fr/questions/5-8902#a-nl-3");
    await expect(page.locator("#a-nl-3")).toBeVisible();
    await expect(page.locator("#a-nl-4")).toBeHidden();
    await context.close();
  });
});

test.describe("search box", () => {
  test("the header box shows the current query on the search page, and is empty elsewhere", async ({ page }) => {
    await page.goto("/fr/search?q=prison&sort=oldest");
    await expect(page.locator("#site-search")).toHaveValue("prison");
    await expect(page.locator("#search-q")).toHaveValue("prison");
    await page.goto("/fr/questions/5-8902");
    await expect(page.locator("#site-search")).toHaveValue("");
  });

  test("the header box shows the query without JavaScript too", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/nl/search?q=gevangenis");
    await expect(page.locator("#site-search")).toHaveValue("gevangenis");
    await context.close();
  });

  test("the number of a sibling not in the archive offers its official page and the questions that list it", async ({ page }) => {
    for (const [query, locale, lang] of [["5-8903", "fr", "fr"], ["8903", "nl", "nl"]] as const) {
      await page.goto(`/${locale}/search?q=${query}`);
      const notice = page.locator('[data-known-sibling="5-8903"]');
      await expect(notice.getByRole("heading", { level: 2 })).toHaveText(locale === "fr" ? "La question 5-8903 n'est pas dans l'archive" : "Vraag 5-8903 staat niet in het archief");
      await expect(notice.getByRole("link", { name: /senate\.be/ })).toHaveAttribute("href", `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=8903&LANG=${lang}`);
      await expect(notice.locator("[data-question]")).toHaveCount(2);
      // The notice says why nothing matched: no "no result" box with filters to drop under it.
      await expect(page.locator("#result-count")).toBeVisible();
      await expect(page.locator("[data-empty]")).toHaveCount(0);
      if (locale === "fr") await shot(page, "search-known-sibling-fr");
    }
  });

  test("a full number that the archive lacks and no question lists still offers its official page", async ({ page }) => {
    for (const [locale, title, lang] of [
      ["en", "Question 5-9999 is not in the archive", "fr"],
      ["nl", "Vraag 5-9999 staat niet in het archief", "nl"],
    ] as const) {
      await page.goto(`/${locale}/search?q=5-9999`);
      const notice = page.locator('[data-missing-question="5-9999"]');
      await expect(notice.getByRole("heading", { level: 2 })).toHaveText(title);
      await expect(notice.getByRole("link", { name: /senate\.be/ })).toHaveAttribute("href", `https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=5&NR=9999&LANG=${lang}`);
      await expect(notice).not.toHaveAttribute("data-known-sibling");
      await expect(notice.locator("[data-question]")).toHaveCount(0);
      await expect(page.locator("#result-count")).toBeVisible();
      await expect(page.locator("[data-empty]")).toHaveCount(0);
    }
    await expect(page.locator('[data-missing-question="5-9999"]')).toContainText("Het archief bevat niet alle vragen");
    // A bare number nobody lists, or a legislature the Senate never had: just "no result".
    for (const query of ["9999", "91-5"]) {
      await page.goto(`/fr/search?q=${query}`);
      await expect(page.locator("[data-empty]")).toBeVisible();
      await expect(page.locator("[data-missing-question]")).toHaveCount(0);
    }
  });
});

test.describe("accessibility of the new states and controls", () => {
  // Fourteen pages analysed by axe per test, among them 5-8902, the fullest page (both texts,
  // eighteen siblings, the set panel, the citation): on a busy two-core machine six pages took
  // 25-30 s.
  test.setTimeout(300_000);
  for (const colorScheme of ["light", "dark"] as const) {
    for (const locale of ["fr", "nl", "en"] as const) {
      test(`no serious or critical axe violations on the home page, the list, 5-8902 (both languages and one), 5-8900, 5-42 and a sibling search (${locale}, ${colorScheme}, desktop and phone)`, async ({ browser }) => {
        for (const device of [{ viewport: { width: 1280, height: 900 } }, PHONE]) {
          const context = await browser.newContext({ ...device, colorScheme });
          const page = await context.newPage();
          const where = (path: string) => `${path} ${colorScheme} ${device.viewport.width}px`;
          for (const path of [`/${locale}`, `/${locale}/questions`, `/${locale}/questions/5-8902`, `/${locale}/questions/5-8900`, `/${locale}/questions/5-42`, `/${locale}/search?q=5-8903`]) {
            await page.goto(path);
            expect(await seriousViolations(page), where(path)).toEqual([]);
          }
          if (locale === "en" && device === PHONE) await shot(page, `en-phone-sibling-search-${colorScheme}`);
          // The one-language view of the fullest page: the interface's own language alone.
          await context.addCookies([{ name: "reader-view", value: locale === "nl" ? "nl" : "fr", domain: "127.0.0.1", path: "/" }]);
          await page.goto(`/${locale}/questions/5-8902`);
          await expect(page.locator('.parallel-text[data-view="both"]')).toHaveCount(0);
          expect(await seriousViolations(page), where(`/${locale}/questions/5-8902 (one language)`)).toEqual([]);
          await context.close();
        }
      });
    }
  }
});
