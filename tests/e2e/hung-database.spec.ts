/**
 * A hung database yields an answer within the timeout: the embedded database's owner (the
 * `npm start` process that serves PGlite) is stopped with SIGSTOP, and the production server
 * still answers every request within its read timeout: a 503 with Retry-After from the API, a
 * search page that says the search did not finish in time (not a skeleton for ever), a question
 * page that answers 503 and says, without JavaScript, that the archive is not answering (it was
 * an empty 500 page). With SIGCONT it answers normally again. Before, every request was still
 * hanging at 90 s.
 *
 * And an unexpected server error (the database answers, with an error: a view it needs is gone)
 * is a 500 whose page says so without JavaScript too; with JavaScript, app/[locale]/error.tsx.
 *
 * Its own server on E2E_PORT + 2, with a 1 s statement timeout, so that the test is quick.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, test } from "@playwright/test";
import pg from "pg";
import { embeddedPaths, readServerRecord } from "../../lib/db/embedded";

const port = Number(process.env.E2E_PORT ?? 3210) + 2;
const origin = `http://127.0.0.1:${port}`;
const TIMEOUT_MS = 1_000;
/** Statement timeout, the client's margin (1 s), a connect timeout, and room for a busy machine. */
const ANSWER_WITHIN_MS = TIMEOUT_MS + 1_000 + TIMEOUT_MS + 3_000;

let scratch: string;
let npm: ChildProcess;
let output = "";

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  // A fresh embedded database is created and seeded first: slow on a busy machine.
  test.setTimeout(180_000);
  scratch = await mkdtemp(path.join(os.tmpdir(), "archive-hung-"));
  npm = spawn("npm", ["start"], {
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_DATA_DIR: path.join(scratch, "pglite"),
      DATABASE_URL: "",
      DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS),
      DB_CONNECT_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${origin}/api/search?q=m%C3%A9dias`).catch(() => null);
    if (response?.ok) return;
    if (npm.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not start:\n${output}`);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  if (npm?.pid) {
    try {
      process.kill(-npm.pid, "SIGCONT");
      process.kill(-npm.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    try {
      process.kill(-npm.pid, "SIGKILL");
    } catch {
      // gone
    }
  }
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The process that owns and serves PGlite: npm's child (the npm script execs node). */
function databaseOwnerPid(): number {
  const children = execFileSync("pgrep", ["-P", String(npm.pid)], { encoding: "utf8" }).trim().split("\n").map(Number);
  expect(children).toHaveLength(1);
  return children[0]!;
}

async function timed(url: string): Promise<{ status: number; body: string; ms: number; headers: Headers }> {
  const startedAt = Date.now();
  const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  return { status: response.status, body, ms: Date.now() - startedAt, headers: response.headers };
}

/** What a reader without JavaScript sees at `url`: the status, the page's language and its heading. */
async function readWithoutJavaScript(browser: Browser, url: string): Promise<{ status: number | undefined; lang: string | null; heading: string }> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(`${origin}${url}`);
    return { status: response?.status(), lang: await page.locator("html").getAttribute("lang"), heading: await page.getByRole("heading", { level: 1 }).innerText() };
  } finally {
    await context.close();
  }
}

test("with the database stopped (SIGSTOP), the API and a question page answer 503 and the search page says so, within the timeout; with SIGCONT all is well again", async ({ browser }) => {
  const owner = databaseOwnerPid();
  process.kill(owner, "SIGSTOP");
  try {
    const search = await timed("/api/search?q=prison");
    expect(search.status).toBe(503);
    expect(search.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(JSON.parse(search.body)).toMatchObject({ error: expect.stringMatching(/did not finish in time/) });

    const question = await timed("/api/questions/5-8902");
    expect(question.status).toBe(503);
    expect(question.ms).toBeLessThan(ANSWER_WITHIN_MS);

    // The page's response ends (the results' boundary is filled in) with the message.
    const page = await timed("/fr/search?q=prison");
    expect(page.status).toBe(200);
    expect(page.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(page.body).toContain("La recherche n’a pas abouti à temps");

    // A page whose own reads fail: 503, not cached, and a message in the page's language,
    // rendered on the server (the body Next.js sends for a failed page is otherwise empty).
    const questionPage = await timed("/fr/questions/5-8902");
    expect(questionPage.status).toBe(503);
    expect(questionPage.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect(questionPage.headers.get("retry-after")).toBe("5");
    expect(questionPage.headers.get("cache-control")).toBe("no-store");
    expect(questionPage.body).toContain("L’archive ne répond pas pour l’instant");
    expect(await readWithoutJavaScript(browser, "/nl/questions/5-8902")).toEqual({ status: 503, lang: "nl", heading: "Het archief antwoordt op dit moment niet" });
  } finally {
    process.kill(owner, "SIGCONT");
  }
  await expect.poll(async () => (await timed("/api/search?q=m%C3%A9dias")).status, { timeout: 20_000 }).toBe(200);
  expect((await timed("/api/questions/5-8902")).status).toBe(200);
});

test("an unexpected server error answers 500 with a page that reads without JavaScript; with JavaScript, the error page", async ({ browser, page }) => {
  const server = await readServerRecord(embeddedPaths(path.join(scratch, "pglite")).serverRecord);
  expect(server).not.toBeNull();
  const client = new pg.Client({ connectionString: server!.url });
  await client.connect();
  // The database answers, with an error that is no outage: the view every question page reads is gone.
  await client.query("ALTER VIEW question_record RENAME TO question_record_hidden");
  try {
    expect(await readWithoutJavaScript(browser, "/en/questions/5-8902")).toEqual({ status: 500, lang: "en", heading: "Something went wrong" });
    const response = await page.goto(`${origin}/fr/questions/5-8902`);
    expect(response?.status()).toBe(500);
    // Next.js drew app/[locale]/error.tsx over the server's text: one heading, the error page's.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Une erreur est survenue · Er ging iets mis · Something went wrong");
    await expect(page.getByRole("button", { name: /Réessayer/ })).toBeVisible();
  } finally {
    await client.query("ALTER VIEW question_record_hidden RENAME TO question_record");
    await client.end();
  }
  expect((await timed("/fr/questions/5-8902")).status).toBe(200);
});
