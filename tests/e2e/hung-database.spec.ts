/**
 * A hung database yields an answer within the timeout: the embedded database's owner (the
 * `npm start` process that serves PGlite) is stopped with SIGSTOP, and the production server
 * still answers every request within its read timeout: a 503 with Retry-After from the API, a
 * search page that says the search did not finish in time (not a skeleton for ever). With SIGCONT
 * it answers normally again. Before, every request was still hanging at 90 s.
 *
 * Its own server on E2E_PORT + 2, with a 1 s statement timeout, so that the test is quick.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

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

async function timed(url: string): Promise<{ status: number; body: string; ms: number }> {
  const startedAt = Date.now();
  const response = await fetch(`${origin}${url}`, { signal: AbortSignal.timeout(60_000) });
  const body = await response.text();
  return { status: response.status, body, ms: Date.now() - startedAt };
}

test("with the database stopped (SIGSTOP), the API answers 503 and the search page says so, within the timeout; with SIGCONT all is well again", async () => {
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
  } finally {
    process.kill(owner, "SIGCONT");
  }
  await expect.poll(async () => (await timed("/api/search?q=m%C3%A9dias")).status, { timeout: 20_000 }).toBe(200);
  expect((await timed("/api/questions/5-8902")).status).toBe(200);
});
