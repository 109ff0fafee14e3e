/**
 * The search's cost is bounded and its failures are answers: a query too complex is cut with a
 * notice; a search slower than the statement timeout, or a database that does not answer at all
 * (frozen like a server under SIGSTOP), gives the "unavailable" outcome and a 503 from the API
 * within the timeout, never a hang; snippets keep a document's tag-like text as text.
 *
 * Reproduced first: the 100-exclusion query ran unbounded, a hung database left /api/search
 * hanging past 90 s, and ts_headline dropped "<script>" and "<b>" from snippets.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getQuestionRoute } from "@/app/api/questions/[id]/route";
import { GET as searchRoute } from "@/app/api/search/route";
import { searchQuestions } from "@/lib/data/search";
import { createPrismaClient, type Database } from "@/lib/db/prisma";
import { CLIENT_TIMEOUT_MARGIN_MS, type PoolSettings } from "@/lib/db/pool-settings";
import { parseSearchParams } from "@/lib/search/parse-params";
import { MAX_QUERY_EXCLUSIONS } from "@/lib/search/query";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool } from "../support/databases";
import { testClient } from "../support/test-client";
import { type FreezableProxy, startFreezableProxy } from "../support/freezable-proxy";

const REAL_DOCUMENT = path.resolve("seeds/000_dc0ab1c61fd4920e.txt");
const TIMEOUT_MS = 400;
const SETTINGS: PoolSettings = { statementTimeoutMs: TIMEOUT_MS, connectTimeoutMs: TIMEOUT_MS, idleTimeoutMs: 10_000, poolSize: 4 };
/** What "within the timeout" allows for: the client's margin, a connect timeout, and a busy machine. */
const ANSWER_WITHIN_MS = TIMEOUT_MS + CLIENT_TIMEOUT_MARGIN_MS + TIMEOUT_MS + 1_500;

describe.each(databaseTargets())("bounded search on $name", ({ name, create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  let folder: string;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    folder = await mkdtemp(path.join(os.tmpdir(), "archive-bounds-"));
    // The real document, with markup-like text in its French and Dutch answers.
    const original = await readFile(REAL_DOCUMENT, "utf8");
    await writeFile(
      path.join(folder, "tags.txt"),
      original
        .replace("1. Le Service public fédéral (SPF) Affaires étrangères", "1. Le Service public fédéral <b>zyxwvut</b> <script>alert(1)</script> Affaires étrangères")
        .replace("1. De Federale Overheidsdienst (FOD) Buitenlandse Zaken", "1. De Federale Overheidsdienst <i>qwertzu</i> a < b > c Buitenlandse Zaken"),
    );
    const summary = await migrateAndSeed(pool, [folder]);
    expect(summary.failed).toEqual([]);
    db = testClient(database, SETTINGS);
  });

  afterAll(async () => {
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("a snippet keeps the document's tag-like text as text", async () => {
    const outcome = await searchQuestions({ ...parseSearchParams({ q: "zyxwvut OR qwertzu" }), db });
    expect(outcome.kind).toBe("results");
    if (outcome.kind !== "results") return;
    const snippets = outcome.hits[0]?.snippets;
    const french = snippets?.fr.map((segment) => segment.text).join("") ?? "";
    const dutch = snippets?.nl.map((segment) => segment.text).join("") ?? "";
    expect(french).toContain("<b>zyxwvut</b> <script>alert(1)</script> Affaires");
    expect(dutch).toContain("<i>qwertzu</i> a < b > c Buitenlandse");
    expect(snippets?.fr.find((segment) => segment.isMatch)?.text).toBe("zyxwvut");
  });

  it("a query of 100 exclusions is cut to its first exclusions, with a notice", async () => {
    const hostile = Array.from({ length: 100 }, () => "-a").join(" ");
    const parsed = parseSearchParams({ q: hostile, size: "100" });
    expect(parsed.params.q).toBe(Array.from({ length: MAX_QUERY_EXCLUSIONS }, () => "-a").join(" "));
    expect(parsed.notices).toEqual([{ param: "q", value: hostile.slice(0, 60).trim(), reason: "simplified" }]);
    const outcome = await searchQuestions({ ...parsed, db });
    expect(outcome).toMatchObject({ kind: "results", notices: parsed.notices });
  });

  if (name === "PostgreSQL") {
    it("a search slower than the statement timeout is 'unavailable' once the timeout has passed, and the server cancelled it", async () => {
      // Another session holds the table: every search statement waits on its lock.
      const blocker = new pg.Client({ connectionString: database.url });
      await blocker.connect();
      await blocker.query("BEGIN; LOCK TABLE question IN ACCESS EXCLUSIVE MODE");
      try {
        const startedAt = Date.now();
        const outcome = await searchQuestions({ ...parseSearchParams({ q: "médias sociaux" }), db });
        expect(outcome.kind).toBe("unavailable");
        expect(Date.now() - startedAt).toBeLessThan(ANSWER_WITHIN_MS);
        const { rows } = await blocker.query<{ waiting: string }>(
          "SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        expect(Number(rows[0]?.waiting)).toBe(0);
      } finally {
        await blocker.query("ROLLBACK");
        await blocker.end();
      }
    });
  }

  describe("when the database stops answering (frozen, as under SIGSTOP)", () => {
    let proxy: FreezableProxy;
    let frozenDb: Database;

    beforeAll(async () => {
      proxy = await startFreezableProxy(database.url);
      frozenDb = createPrismaClient(proxy.url, SETTINGS);
      // The routes use the app's own client, made from the environment.
      Object.assign(process.env, {
        DATABASE_URL: proxy.url,
        DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS),
        DB_CONNECT_TIMEOUT_MS: String(TIMEOUT_MS),
      });
      await resetAppClient();
      // Connections opened while it answers, then frozen with them open.
      expect((await searchQuestions({ ...parseSearchParams({ q: "médias" }), db: frozenDb })).kind).toBe("results");
      expect((await searchRoute(new Request("http://archive.test/api/search?q=m%C3%A9dias"))).status).toBe(200);
      proxy.freeze();
    });

    afterAll(async () => {
      proxy?.thaw();
      await resetAppClient();
      for (const key of ["DATABASE_URL", "DB_STATEMENT_TIMEOUT_MS", "DB_CONNECT_TIMEOUT_MS"]) delete process.env[key];
      await frozenDb?.$disconnect();
      await proxy?.close();
    });

    it("the search is 'unavailable' within the timeout", async () => {
      const startedAt = Date.now();
      const outcome = await searchQuestions({ ...parseSearchParams({ q: "prison" }), db: frozenDb });
      expect(outcome.kind).toBe("unavailable");
      expect(Date.now() - startedAt).toBeLessThan(ANSWER_WITHIN_MS);
    });

    it("a whole search is bounded by its deadline, even when each statement could wait longer", async () => {
      const patient = createPrismaClient(proxy.url, { ...SETTINGS, statementTimeoutMs: 30_000, connectTimeoutMs: 30_000 });
      try {
        const startedAt = Date.now();
        const outcome = await searchQuestions({ ...parseSearchParams({ q: "prison" }), db: patient, deadlineMs: 500 });
        expect(outcome.kind).toBe("unavailable");
        expect(Date.now() - startedAt).toBeLessThan(500 + 1_500);
      } finally {
        // Not awaited: its statement is still waiting on the frozen server (closing the proxy ends it).
        void patient.$disconnect().catch(() => {});
      }
    });

    it("/api/search and /api/questions answer 503 with Retry-After within the timeout", async () => {
      for (const call of [
        () => searchRoute(new Request("http://archive.test/api/search?q=Justice")),
        () => getQuestionRoute(new Request("http://archive.test/api/questions/5-8902"), { params: Promise.resolve({ id: "5-8902" }) }),
      ]) {
        const startedAt = Date.now();
        const response = await call();
        expect(Date.now() - startedAt).toBeLessThan(ANSWER_WITHIN_MS);
        expect(response.status).toBe(503);
        expect(response.headers.get("retry-after")).toBe("5");
        const body = (await response.json()) as { error: string };
        expect(body.error).toMatch(/did not (finish|answer) in time/);
      }
    });

    it("answers again once the database does", async () => {
      proxy.thaw();
      const outcome = await searchQuestions({ ...parseSearchParams({ q: "médias" }), db: frozenDb });
      expect(outcome.kind).toBe("results");
      proxy.freeze();
    });
  });
});

async function resetAppClient(): Promise<void> {
  const holder = globalThis as unknown as { prisma?: Database };
  await holder.prisma?.$disconnect().catch(() => {});
  holder.prisma = undefined;
}
