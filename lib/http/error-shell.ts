/**
 * Error pages that read without JavaScript. In a production build, Next.js 16 answers a page that
 * fails while rendering (notFound() for an id that is not in the archive, an exception, a database
 * that does not answer) with an empty document, `<html id="__next_error__"><head>…</head><body>`
 * and scripts, whose content is drawn in the browser from the React payload
 * (vercel/next.js#98954: the server's render of the page fails before anything is sent, and the
 * recovery render is this empty shell by design). Without JavaScript the page is blank.
 *
 * The node fills that shell as it goes out (lib/observability/http-hook.ts calls
 * makeErrorShellReadable for every request): the language of the address, the site's stylesheet,
 * and what happened, in words: not found (404), the database not answering (503), or an error
 * (500). When JavaScript runs, Next.js replaces the whole document with its own rendering
 * (app/[locale]/not-found.tsx, app/[locale]/error.tsx), as it did before. Any other response
 * passes through untouched, byte for byte.
 *
 * A page whose database reads failed because the database is out of reach or too slow
 * (lib/db/unavailable.ts marks the request) answers 503 with Retry-After rather than 500: it is
 * the server's weather, not a bug, and a proxy may serve a stale copy meanwhile.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";
import { createTranslator } from "next-intl";
import type { RequestContext } from "@/lib/observability/request-context";
import { messages } from "@/lib/i18n/messages";
import { homePath } from "@/lib/i18n/paths";
import { isLocale, type Locale, routing } from "@/lib/i18n/routing";
import { RETRY_AFTER_SECONDS } from "./unavailable";

/** How Next.js's empty error document begins. */
export const ERROR_SHELL_START = '<!DOCTYPE html><html id="__next_error__">';
const BODY_TAG = "<body>";
/** The shell's head (metadata, preloads) is a few kB; past this no `<body>` is coming. */
const MAX_HEAD_BYTES = 64 * 1024;
/** The classes of the layout's <body> (app/[locale]/layout.tsx), so that the page looks like the others. */
const BODY_CLASS = "min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** The interface language of an address: its first segment, or the default one. */
export function localeOfPath(url: string | undefined): Locale {
  const first = (url ?? "").split(/[/?#]/)[1] ?? "";
  return isLocale(first) ? first : routing.defaultLocale;
}

/** The stylesheets Next.js announces in the response's Link header (preloads of /_next/static CSS). */
export function stylesheetsOf(link: string | number | string[] | undefined): string[] {
  const text = Array.isArray(link) ? link.join(", ") : String(link ?? "");
  return [...text.matchAll(/<(\/_next\/static\/[^>\s"]+\.css)>[^,]*\bas="?style"?/g)].map((match) => match[1]!);
}

/** What the page says for a status, in the locale's words, as the body's first elements. */
export function errorPageHtml({ status, locale, stylesheets = [] }: { status: number; locale: Locale; stylesheets?: string[] }): string {
  const namespace = status === 404 ? "common.notFound" : status === 503 ? "common.unavailable" : "common.error";
  const t = createTranslator({ locale, messages: messages[locale], namespace });
  const tSite = createTranslator({ locale, messages: messages[locale], namespace: "common.site" });
  const tBack = createTranslator({ locale, messages: messages[locale], namespace: "common.notFound" });
  const home = escapeHtml(homePath(locale));
  return [
    ...stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}"/>`),
    `<header class="border-b border-slate-200 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">`,
    `<div class="mx-auto w-full max-w-6xl px-4 py-3 sm:px-6">`,
    `<a href="${home}" class="text-lg font-semibold text-slate-900 no-underline dark:text-slate-100">${escapeHtml(tSite("name"))}</a>`,
    `</div></header>`,
    `<div id="main" class="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6"><main data-error-status="${status}">`,
    `<h1 class="mb-3 text-3xl font-semibold">${escapeHtml(t("title"))}</h1>`,
    `<p class="mb-4">${escapeHtml(t("body"))}</p>`,
    `<a href="${home}" class="text-blue-800 underline dark:text-blue-300">${escapeHtml(tBack("back"))}</a>`,
    `</main></div>`,
  ].join("");
}

/**
 * The head of a response up to and including its `<body>` tag, filled in when it is Next.js's
 * error shell (the language on <html>, the layout's classes on <body>, then `page`); null when
 * it is any other document.
 */
export function fillErrorShell(head: string, { locale, page }: { locale: Locale; page: string }): string | null {
  if (!head.startsWith(ERROR_SHELL_START) || !head.endsWith(BODY_TAG)) return null;
  const html = `${ERROR_SHELL_START.slice(0, -1)} lang="${locale}">`;
  return `${html}${head.slice(ERROR_SHELL_START.length, -BODY_TAG.length)}<body class="${BODY_CLASS}">${page}`;
}

const isHtml = (type: unknown) => typeof type === "string" && type.startsWith("text/html");

type WriteCallback = (error?: Error | null) => void;

/**
 * Watches one response: an HTML answer with an error status is held until its `<body>` tag (or
 * the first bytes show it is not the shell) and, when it is Next.js's empty error shell, filled
 * in; a 500 of a request whose database reads found the database unavailable becomes a 503.
 */
export function makeErrorShellReadable(request: IncomingMessage, response: ServerResponse, context: RequestContext): void {
  const { writeHead, write, end } = response;
  const locale = localeOfPath(request.url);
  // Whether this answer may be the shell (decided once, before its first byte), and whether its
  // first bytes are being held to tell.
  let isWatched: boolean | undefined;
  let isHolding = false;
  let held: Buffer[] = [];
  let heldBytes = 0;

  const statusFor = (status: number) => (status === 500 && context.isDatabaseUnavailable ? 503 : status);
  // Only an HTML answer with an error status may be the shell.
  const decide = (status: number): boolean => {
    if (isWatched === undefined) {
      isWatched = request.method !== "HEAD" && statusFor(status) >= 400 && isHtml(response.getHeader("content-type"));
      isHolding = isWatched;
    }
    return isHolding;
  };

  response.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const status = isHtml(this.getHeader("content-type")) ? statusFor(statusCode) : statusCode;
    if (status !== statusCode) {
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      if (typeof rest[0] === "string") rest[0] = STATUS_CODES[status];
    }
    // An error page is never kept by a cache in front (nginx keeps no 5xx either, decision 0015).
    if (status >= 500 && isHtml(this.getHeader("content-type"))) this.setHeader("Cache-Control", "no-store");
    decide(statusCode);
    // The filled page is longer: Node.js counts the length of what end() sends, or sends it chunked.
    if (isWatched) this.removeHeader("Content-Length");
    return Reflect.apply(writeHead, this, [status, ...rest]) as ServerResponse;
  } as typeof response.writeHead;

  /** Sends what is held, filled in when it is the shell; then everything passes through. */
  const release = (target: ServerResponse): Buffer => {
    isHolding = false;
    const bytes = Buffer.concat(held);
    held = [];
    const bodyAt = bytes.indexOf(BODY_TAG);
    if (bodyAt === -1) return bytes;
    const headEnd = bodyAt + BODY_TAG.length;
    const filled = fillErrorShell(bytes.subarray(0, headEnd).toString("utf8"), {
      locale,
      page: errorPageHtml({ status: statusFor(target.statusCode), locale, stylesheets: stylesheetsOf(target.getHeader("link")) }),
    });
    return filled === null ? bytes : Buffer.concat([Buffer.from(filled, "utf8"), bytes.subarray(headEnd)]);
  };

  const hold = (chunk: unknown, encoding: unknown): boolean => {
    if (chunk === undefined || chunk === null) return false;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    held.push(bytes);
    heldBytes += bytes.length;
    const head = Buffer.concat(held);
    held = [head];
    // Enough to tell: the shell's start is not there, or its <body> tag is.
    const prefix = head.subarray(0, ERROR_SHELL_START.length).toString("utf8");
    return !ERROR_SHELL_START.startsWith(prefix) || head.indexOf(BODY_TAG) !== -1 || heldBytes > MAX_HEAD_BYTES;
  };

  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (!decide(this.statusCode)) return Reflect.apply(write, this, [chunk, encoding, callback]) as boolean;
    const done = (typeof encoding === "function" ? encoding : callback) as WriteCallback | undefined;
    if (!hold(chunk, encoding)) {
      if (done) process.nextTick(done);
      return true;
    }
    return Reflect.apply(write, this, [release(this), done]) as boolean;
  } as typeof response.write;

  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk === "function") return Reflect.apply(end, this, [chunk]) as ServerResponse;
    if (!decide(this.statusCode)) return Reflect.apply(end, this, [chunk, encoding, callback]) as ServerResponse;
    const done = (typeof encoding === "function" ? encoding : callback) as WriteCallback | undefined;
    hold(chunk, encoding);
    return Reflect.apply(end, this, [release(this), done]) as ServerResponse;
  } as typeof response.end;
}
