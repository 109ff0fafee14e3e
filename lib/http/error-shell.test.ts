import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_SHELL_START, errorPageHtml, fillErrorShell, localeOfPath, makeErrorShellReadable, stylesheetsOf } from "./error-shell";

// The start of what Next.js 16.4 sends for a page that fails while rendering (trimmed).
const SHELL_HEAD = `${ERROR_SHELL_START}<head><meta charSet="utf-8"/><title>Questions écrites</title></head><body>`;
const SHELL_REST = `<div hidden=""></div><script nonce="abc">self.__next_f.push([1,"é"])</script></body></html>`;
const LINK = `</_next/static/chunks/0hflgzx_-5_49.css>; rel=preload; as="style"; nonce="abc", </_next/static/chunks/a.js>; rel=preload; as="script"`;

describe("fillErrorShell", () => {
  it("sets the language, the layout's body classes and the page right after <body>", () => {
    expect(fillErrorShell(SHELL_HEAD, { locale: "nl", page: "<main>x</main>" })).toBe(
      '<!DOCTYPE html><html id="__next_error__" lang="nl"><head><meta charSet="utf-8"/><title>Questions écrites</title></head>' +
        '<body class="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100"><main>x</main>',
    );
  });

  it("leaves every other document alone", () => {
    expect(fillErrorShell('<!DOCTYPE html><html lang="fr"><head></head><body>', { locale: "fr", page: "x" })).toBeNull();
    expect(fillErrorShell(`${ERROR_SHELL_START}<head></head>`, { locale: "fr", page: "x" })).toBeNull();
  });
});

describe("errorPageHtml", () => {
  it("says what happened in the locale's words, with the stylesheet and a way home", () => {
    const notFound = errorPageHtml({ status: 404, locale: "fr", stylesheets: ["/_next/static/chunks/a.css"] });
    expect(notFound.startsWith('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')).toBe(true);
    expect(notFound).toContain('<h1 class="mb-3 text-3xl font-semibold">Page introuvable</h1>');
    expect(notFound).toContain("Cette adresse ne correspond à aucune page ni à aucune question de l&#39;archive.");
    expect(notFound).toContain('<a href="/fr" class="text-blue-800 underline dark:text-blue-300">Retour à l&#39;accueil</a>');
    expect(notFound).toContain('data-error-status="404"');
    expect(errorPageHtml({ status: 503, locale: "nl" })).toContain(">Het archief antwoordt op dit moment niet</h1>");
    expect(errorPageHtml({ status: 500, locale: "en" })).toContain(">Something went wrong</h1>");
    expect(errorPageHtml({ status: 502, locale: "en" })).toContain(">Something went wrong</h1>");
  });
});

describe("localeOfPath and stylesheetsOf", () => {
  it("reads the locale from the address's first segment, the default otherwise", () => {
    expect(localeOfPath("/nl/questions/9-99999")).toBe("nl");
    expect(localeOfPath("/fr?q=x")).toBe("fr");
    expect(localeOfPath("/de/x")).toBe("en");
    expect(localeOfPath(undefined)).toBe("en");
  });

  it("takes the style preloads of Next.js's Link header, nothing else", () => {
    expect(stylesheetsOf(LINK)).toEqual(["/_next/static/chunks/0hflgzx_-5_49.css"]);
    expect(stylesheetsOf(undefined)).toEqual([]);
    expect(stylesheetsOf('<https://evil.example/x.css>; rel=preload; as="style"')).toEqual([]);
  });
});

/** How the test server answers each path: status, type and the body's chunks. */
const ANSWERS: Record<string, { status: number; type: string; chunks: (string | Buffer)[]; databaseUnavailable?: boolean; link?: boolean }> = {
  // The shell cut in the middle of its <body> tag and of a two-byte character.
  "/nl/questions/9-99999": {
    status: 404, type: "text/html; charset=utf-8", link: true,
    chunks: [SHELL_HEAD.slice(0, 60), Buffer.from(SHELL_HEAD.slice(60, -3)).subarray(0, -1), Buffer.from(SHELL_HEAD.slice(60, -3)).subarray(-1), SHELL_HEAD.slice(-3), SHELL_REST],
  },
  "/fr/questions/5-8902": { status: 500, type: "text/html; charset=utf-8", chunks: [SHELL_HEAD, SHELL_REST], databaseUnavailable: true },
  "/en/broken": { status: 500, type: "text/html; charset=utf-8", chunks: [SHELL_HEAD + SHELL_REST] },
  "/fr": { status: 200, type: "text/html; charset=utf-8", chunks: ['<!DOCTYPE html><html lang="fr"><head></head><body><main>accueil</main></body></html>'] },
  "/fr/nope": { status: 404, type: "text/html; charset=utf-8", chunks: ['<!DOCTYPE html><html lang="fr"><head></head><body><main>introuvable</main>', "</body></html>"] },
  "/api/questions/5-8902": { status: 500, type: "application/json", chunks: ['{"error":"The question could not be read."}'], databaseUnavailable: true },
};

let server: http.Server;
let origin = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const answer = ANSWERS[request.url ?? ""]!;
    makeErrorShellReadable(request, response, { requestId: "test-request", isDatabaseUnavailable: answer.databaseUnavailable ?? false });
    response.statusCode = answer.status;
    response.setHeader("Content-Type", answer.type);
    if (answer.link) response.setHeader("Link", LINK);
    if (answer.chunks.length === 1) response.setHeader("Content-Length", Buffer.byteLength(answer.chunks[0]!));
    void (async () => {
      for (const chunk of answer.chunks.slice(0, -1)) {
        response.write(chunk);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      response.end(answer.chunks.at(-1));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("makeErrorShellReadable", () => {
  it("fills Next.js's empty 404 document, however its bytes are cut, and keeps the rest as it was", async () => {
    const response = await fetch(`${origin}/nl/questions/9-99999`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toBe(
      fillErrorShell(SHELL_HEAD, { locale: "nl", page: errorPageHtml({ status: 404, locale: "nl", stylesheets: ["/_next/static/chunks/0hflgzx_-5_49.css"] }) }) + SHELL_REST,
    );
    expect(html).toContain(">Pagina niet gevonden</h1>");
  });

  it("answers 503 with Retry-After, never cached, when the request's reads found the database unavailable", async () => {
    const response = await fetch(`${origin}/fr/questions/5-8902`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html id="__next_error__" lang="fr">');
    expect(html).toContain(">L’archive ne répond pas pour l’instant</h1>");
    expect(html.endsWith(SHELL_REST)).toBe(true);
  });

  it("a 500 otherwise, which says an error happened; the handler's Content-Length, now too short, is dropped (chunked)", async () => {
    const response = await fetch(`${origin}/en/broken`);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    const html = await response.text();
    expect(html).toContain(">Something went wrong</h1>");
    expect(html.endsWith(SHELL_REST)).toBe(true);
    expect(response.headers.get("content-length")).toBeNull();
  });

  it("passes any other answer through untouched: pages, a server-rendered 404, JSON errors", async () => {
    for (const path of ["/fr", "/fr/nope", "/api/questions/5-8902"]) {
      const answer = ANSWERS[path]!;
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(answer.status);
      expect(await response.text(), path).toBe(answer.chunks.join(""));
    }
    const page = await fetch(`${origin}/fr`);
    expect(page.headers.get("content-length")).toBe(String(ANSWERS["/fr"]!.chunks[0]!.length));
  });
});
