/**
 * The security headers on every kind of response, the pages working under their Content
 * Security Policy in Chromium with no violation, 404 pages that read without JavaScript (an unknown
 * address, and a page's own notFound() for an id that is not in the archive), and a
 * property: no URL, however generated, makes a page or the API answer a 500.
 *
 * Reproduced first: no response had any of these headers, /api/nope answered an HTML 404, the
 * Link header repeated the path four times and echoed Host, /fr/questions/5-8902%00 served the
 * question, and /api/search?from=0000-01-01 answered 500.
 */
import AxeBuilder from "@axe-core/playwright";
import fc from "fast-check";
import { type APIResponse, expect, test } from "@playwright/test";
import { PUBLIC_ORIGIN } from "./public-origin";

const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

function expectSecurityHeaders(response: APIResponse, url: string): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(EVERY_RESPONSE)) expect(headers[name], `${name} on ${url}`).toBe(value);
  expect(headers["permissions-policy"], url).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, `CSP on ${url}`).toContain("frame-ancestors 'none'");
  expect(policy, `CSP on ${url}`).toContain("base-uri 'none'");
  expect(headers["strict-transport-security"], `no HSTS over plain http on ${url}`).toBeUndefined();
}

function scriptPolicy(response: APIResponse): string {
  return (response.headers()["content-security-policy"] ?? "").split(";").map((part) => part.trim()).find((part) => part.startsWith("script-src")) ?? "";
}

test.describe("security headers", () => {
  test("pages: a fresh nonce on every response, 'strict-dynamic', no 'unsafe-inline' script, and every script carries the nonce", async ({ request }) => {
    const seen = new Set<string>();
    for (const url of ["/fr", "/nl/questions/5-8902", "/en/search?q=prison", "/fr/nope", "/fr/questions/5-8902%00", "/nl/questions/9-99999"]) {
      const response = await request.get(url);
      expectSecurityHeaders(response, url);
      expect(response.headers()["content-type"]).toMatch(/^text\/html/);
      const scripts = scriptPolicy(response);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scripts)?.[1];
      expect(nonce, url).toBeTruthy();
      expect(scripts).toContain("'strict-dynamic'");
      expect(scripts).not.toContain("unsafe-inline");
      expect(scripts).not.toContain("unsafe-eval");
      expect(seen.has(nonce!), `nonce reused on ${url}`).toBe(false);
      seen.add(nonce!);
      const html = await response.text();
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, url).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, url).toContain(`nonce="${nonce}"`);
    }
  });

  test("every other kind of response: redirects, JSON, API errors, XML, static files, files that do not exist", async ({ request }) => {
    const home = await request.get("/fr");
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(await home.text())?.[1];
    const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(await home.text())?.[1];
    expect(chunk && stylesheet).toBeTruthy();
    const cases: { url: string; method?: "GET" | "POST" | "HEAD"; status: number; type?: RegExp }[] = [
      { url: "/", status: 307 },
      { url: "/questions/5-8902", status: 307 },
      { url: "/api/questions/5-8902", status: 200, type: /^application\/json/ },
      { url: "/api/search?q=prison", status: 200, type: /^application\/json/ },
      { url: "/api/questions/9-99999", status: 404, type: /^application\/json/ },
      { url: "/api/questions/5-8902%20", status: 404, type: /^application\/json/ },
      { url: "/api/nope", status: 404, type: /^application\/json/ },
      { url: "/api", status: 404, type: /^application\/json/ },
      { url: "/api/search/deeper", method: "POST", status: 404, type: /^application\/json/ },
      { url: "/api/nope", method: "HEAD", status: 404 },
      { url: "/opensearch/fr.xml", status: 200, type: /^application\/opensearchdescription\+xml/ },
      { url: chunk!, status: 200, type: /javascript/ },
      { url: stylesheet!, status: 200, type: /^text\/css/ },
      { url: "/favicon.ico", status: 200, type: /^image\// },
      { url: "/icon-512.png", status: 200, type: /^image\/png/ },
      { url: "/manifest.webmanifest", status: 200, type: /manifest\+json/ },
      { url: "/nothing-here.txt", status: 404 },
      { url: "/fr/questions/%E0%A4%A", status: 307 },
    ];
    for (const { url, method = "GET", status, type } of cases) {
      const response = await request.fetch(url, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${url}`).toBe(status);
      expectSecurityHeaders(response, `${method} ${url}`);
      if (type) expect(response.headers()["content-type"], url).toMatch(type);
      if (url.startsWith("/api") && method !== "HEAD") expect(await response.json(), url).toHaveProperty(status === 200 ? (url.includes("search") ? "results" : "id") : "error");
    }
  });

  test("HSTS only when served over HTTPS (behind a proxy that says so)", async ({ request }) => {
    for (const url of ["/fr", "/api/search?q=prison", "/opensearch/fr.xml"]) {
      const response = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
      expect(response.headers()["strict-transport-security"], url).toBe("max-age=63072000; includeSubDomains");
    }
    expect(scriptPolicy(await request.get("/fr", { headers: { "X-Forwarded-Proto": "https" } }))).toBeTruthy();
    expect((await request.get("/fr", { headers: { "X-Forwarded-Proto": "https" } })).headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect((await request.get("/fr")).headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  test("response headers stay small and do not echo the request's path or Host", async ({ request }) => {
    const longPath = `/fr/${"a".repeat(10_000)}`;
    const response = await request.get(longPath, { headers: { Host: "attacker.example" }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const headers = response.headersArray();
    const size = headers.reduce((sum, header) => sum + header.name.length + header.value.length + 4, 0);
    expect(size).toBeLessThan(2_000);
    for (const header of headers) {
      expect(header.value, header.name).not.toContain("attacker.example");
      expect(header.value, header.name).not.toContain("aaaaaaaaaa");
    }
    expect((await request.get("/fr/questions/5-8902")).headers().link ?? "").not.toContain("hreflang");
  });

  test("the OpenSearch description advertises the configured public origin, not the Host it was asked with", async ({ request }) => {
    const body = await (await request.get("/opensearch/nl.xml", { headers: { Host: "attacker.example" } })).text();
    expect(body).not.toContain("attacker.example");
    expect(body).toContain(`template="${PUBLIC_ORIGIN}/nl/search?q={searchTerms}"`);
  });
});

test.describe("pages under the Content Security Policy", () => {
  test("home, reader, search and language switch work in Chromium, with no violation reported", async ({ page, context }) => {
    await context.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = violations;
      document.addEventListener("securitypolicyviolation", (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const consoleViolations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) consoleViolations.push(message.text());
    });
    const violations = async () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

    await page.goto("/fr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("search").getByRole("searchbox").fill("prison");
    await page.getByRole("search").getByRole("searchbox").press("Enter");
    await expect(page.locator("[data-question]").first()).toBeVisible();
    expect(await violations()).toEqual([]);

    await page.goto("/fr/questions/5-8902");
    // The reader's client code ran (hydration under the nonce): the column order form and the language switch respond.
    await page.getByRole("navigation", { name: /langue/i }).getByRole("link", { name: /Nederlands/ }).click();
    await expect(page).toHaveURL(/\/nl\/questions\/5-8902/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("5-8902");
    expect(await violations()).toEqual([]);

    await page.goto("/en/nope");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    expect(await violations()).toEqual([]);

    // notFound() in a page: the server's text, then Next.js's rendering of app/[locale]/not-found.tsx in its place.
    await page.goto("/en/questions/9-99999");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("banner").getByRole("search")).toBeVisible();
    expect(await violations()).toEqual([]);
    expect(consoleViolations).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 404 page reads in the language of its address, for an unknown address and for stray characters", async ({ page }) => {
    for (const [url, title] of [["/fr/nope", "Page introuvable"], ["/nl/questions/5-8902%00", "Pagina niet gevonden"], ["/en/questions/5-8902%20", "Page not found"]] as const) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(title);
    }
  });

  // The page itself calls notFound(): Next.js 16 sends an empty document for it, which the node
  // fills in (lib/http/error-shell.ts). Before, these pages were blank without JavaScript.
  test("a 404 for a well-formed address of something not in the archive reads too, in the language of its address", async ({ page }) => {
    for (const [url, title, back] of [
      ["/fr/questions/9-99999", "Page introuvable", "Retour à l'accueil"],
      ["/nl/questions/9-99999/set", "Pagina niet gevonden", "Terug naar de startpagina"],
      ["/en/descriptors/999999999", "Page not found", "Back to the home page"],
      ["/fr/ministers/999999999", "Page introuvable", "Retour à l'accueil"],
      ["/nl/members/999999999", "Pagina niet gevonden", "Terug naar de startpagina"],
    ] as const) {
      const locale = url.split("/")[1]!;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(404);
      await expect(page.locator("html"), url).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 }), url).toHaveText(title);
      await expect(page.getByRole("link", { name: back }), url).toHaveAttribute("href", `/${locale}`);
      // Styled like the other pages: the site's stylesheet applies.
      await expect(page.getByRole("heading", { level: 1 }), url).toHaveCSS("font-weight", "600");
    }
  });

  test("that page, as the server sends it, passes axe", async ({ browser }) => {
    // axe runs in the page, which needs JavaScript: the app's scripts are refused instead, so
    // that the document stays the server's.
    const context = await browser.newContext({ javaScriptEnabled: true });
    await context.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const response = await page.goto("/fr/questions/9-99999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await context.close();
  });
});

/** The path Next.js's own 308 sends to: no trailing slash, no repeated slashes, backslashes as slashes (query left out). */
function normalizedPath(url: string): string {
  return new URL(url, "http://archive.test").pathname.replace(/\/{2,}/g, "/").replace(/(.)\/$/, "$1");
}

test.describe("no URL makes a 500", () => {
  const piece = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("%00", "%20", "%", "%E0%A4%A", "%FF", "..", "/", "//", "\\", "5-8902", "0-0", "9-99999999", "-1", "1e309", "0000-01-01", "9999-12-31", "<script>", "' OR 1=1 --", "-a -a -a -a -a -a", "OR OR", '"'),
  );
  const query = fc
    .array(fc.tuple(fc.constantFrom("q", "minister", "author", "party", "legislature", "from", "to", "status", "sort", "page", "size", "x"), piece), { maxLength: 5 })
    .map((pairs) => pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&"));
  const segment = piece.map((value) => value.replace(/[?#]/g, ""));
  const url = fc.oneof(
    query.map((search) => `/api/search?${search}`),
    query.map((search) => `/fr/search?${search}`),
    query.map((search) => `/nl?${search}`),
    segment.map((id) => `/api/questions/${id}`),
    segment.map((id) => `/en/questions/${id}`),
    fc.tuple(segment, query).map(([id, search]) => `/fr/descriptors/${id}?${search}`),
    fc.tuple(fc.constantFrom("fr", "nl", "en", "de", "api", "opensearch"), segment, segment).map(([a, b, c]) => `/${a}/${b}/${c}`),
  );

  test("pages and the API answer below 500, with their security headers, for any generated URL", async ({ request }) => {
    test.setTimeout(180_000);
    await fc.assert(
      fc.asyncProperty(url, async (path) => {
        let response: APIResponse;
        try {
          response = await request.get(path, { maxRedirects: 0 });
        } catch (error) {
          // An address Playwright itself refuses to send is no answer of ours.
          if (/Invalid URL|invalid/i.test(String(error))) return;
          throw error;
        }
        expect(response.status(), path).toBeLessThan(500);
        // Next.js normalizes a path with a trailing slash, repeated slashes or backslashes (/fr/x/,
        // /fr//x, /fr/\x) with its own 308 to /fr/x, before any header rule of ours runs; that
        // response has nothing to sniff or frame (docs/security.md).
        if (response.status() === 308 && normalizedPath(response.headers().location ?? "") === normalizedPath(path)) return;
        expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
        expect(response.headers()["content-security-policy"] ?? "", path).toContain("frame-ancestors 'none'");
        // Classified by the address actually requested: a client resolves dot segments first, so
        // /api/../%00 asks for /%00, a page.
        if (normalizedPath(path).startsWith("/api/")) expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
      }),
      { numRuns: 300 },
    );
  });
});
