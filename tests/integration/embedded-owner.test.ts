/**
 * One owner for an embedded database folder (lib/db/embedded.ts, lib/db/connection.ts): processes
 * started at the same instant, many times, never both own it, and no write is lost; a crashed
 * owner's lock is gone with it and its state file is replaced; a second server refuses with one
 * line; only the owner removes its state file; the owner waits for its guests.
 *
 * Before the lock, two processes started together both opened the folder with PGlite: a load
 * reported "1 loaded" in each, and one document was gone after a clean stop.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddedPaths, joinEmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded";
import { tryLockFile } from "@/lib/db/folder-lock";

const execFileAsync = promisify(execFile);
const REAL_DOCUMENT = path.resolve("seeds/000_dc0ab1c61fd4920e.txt");
const TSX = path.resolve("node_modules/.bin/tsx");
// Node itself with tsx's loader, not the tsx wrapper: the pid is the process that does the work.
const NODE_WITH_TSX = [process.execPath, "--import", "tsx"] as const;

let scratch: string;
let documents: string[];

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "archive-owner-"));
  // Copies of a real document under other numbers: each contender loads documents of its own.
  const original = await readFile(REAL_DOCUMENT, "utf8");
  documents = [];
  for (let index = 0; index < 12; index++) {
    const file = path.join(scratch, `doc-${index}.txt`);
    await writeFile(file, original.replaceAll("5-8902", `5-${9100 + index}`));
    documents.push(file);
  }
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

type Finished = { code: number | null; stdout: string; stderr: string };

function startProcess(args: string[], env: Record<string, string> = {}): { child: ChildProcess; finished: Promise<Finished> } {
  const child = spawn(NODE_WITH_TSX[0], [...NODE_WITH_TSX.slice(1), ...args], { env: { ...process.env, DATABASE_URL: "", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, finished };
}

async function idsIn(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM question ORDER BY id");
    return rows.map((row) => row.id);
  } finally {
    await client.end();
  }
}

describe("one owner for an embedded database folder", () => {
  it("two processes taking the folder's lock at the same instant: never two owners at once, over 40 rounds", async () => {
    const lockFile = path.join(scratch, "race.lock");
    const rounds = 40;
    const racers = [0, 1].map(() => startProcess(["tests/support/lock-racer.ts", lockFile, String(rounds), "100"]));
    // The start instant is sent once both are loaded: a slow start on a busy machine made a racer miss rounds.
    await Promise.all(racers.map(({ child }) => new Promise<void>((resolve) => {
      let said = "";
      child.stderr!.on("data", (chunk: Buffer) => {
        said += chunk.toString();
        if (said.includes("ready")) resolve();
      });
    })));
    const startAt = Date.now() + 300;
    for (const { child } of racers) child.stdin!.end(`${startAt}\n`);
    const results = await Promise.all(racers.map((racer) => racer.finished));
    type Attempt = { racer: number; round: string; outcome: string; times: number[] };
    const attempts: Attempt[] = results.flatMap((result, racer) => {
      expect(result.code).toBe(0);
      return result.stdout.trim().split("\n").map((line) => {
        const [round, outcome, ...times] = line.split(" ");
        return { racer, round: round!, outcome: outcome!, times: times.map(Number) };
      });
    });
    expect(attempts).toHaveLength(2 * rounds);
    const owners = attempts.filter((attempt) => attempt.outcome === "owner");
    const busy = attempts.filter((attempt) => attempt.outcome === "busy");
    const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
    // Held for certain: from after the lock was granted to before it was released. Two owners'
    // certain holds never overlap; one after the other is fine (a racer the machine held up).
    for (const a of owners) {
      for (const b of owners) {
        if (a.racer < b.racer) expect(overlap([a.times[1]!, a.times[2]!], [b.times[1]!, b.times[2]!]), `rounds ${a.round}, ${b.round}`).toBe(false);
      }
    }
    // A racer told "busy" was, at some instant of its attempt, facing the other's hold.
    for (const attempt of busy) {
      const holder = owners.find((owner) => owner.racer !== attempt.racer && overlap([owner.times[0]!, owner.times[3]!], [attempt.times[0]!, attempt.times[1]!]));
      expect(holder, `busy in round ${attempt.round}`).toBeDefined();
    }
    // And the race was run: most rounds were contended (on a quiet machine, all of them).
    expect(busy.length).toBeGreaterThanOrEqual(rounds / 4);
  }, 60_000);

  it("two loads started at the same instant, 5 times: one owns, the other joins it, and every document is there afterwards", async () => {
    const dataDir = path.join(scratch, "race-db", "pglite");
    const expected: string[] = [];
    for (let round = 0; round < 5; round++) {
      const mine = [documents[2 * round]!, documents[2 * round + 1]!];
      const startAt = Date.now() + 3_000;
      const contenders = mine.map((file) =>
        startProcess(["tests/support/embedded-contender.ts", String(startAt), file], { EMBEDDED_DATA_DIR: dataDir }),
      );
      const results = await Promise.all(contenders.map((contender) => contender.finished));
      for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });
      const reports = results.map((result) => JSON.parse(result.stdout) as { pid: number; role: string; ownerPid: number; summary: { loaded: number } });
      const owners = reports.filter((report) => report.role === "owner");
      expect(owners).toHaveLength(1);
      const guest = reports.find((report) => report.role === "guest");
      expect(guest?.ownerPid).toBe(owners[0]!.pid);
      for (const report of reports) expect(report.summary.loaded).toBe(1);
      // The owner cleaned up after itself, and after its guest had left.
      expect(existsSync(embeddedPaths(dataDir).serverRecord)).toBe(false);
      expected.push(`5-${9100 + 2 * round}`, `5-${9100 + 2 * round + 1}`);
    }
    const embedded = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await idsIn(embedded.url)).toEqual(expected.sort());
    } finally {
      await embedded.stop();
    }
  }, 180_000);

  it("a crashed owner (SIGKILL) leaves no lock: the next process owns the folder, replaces the stale state file, and finds the committed data", async () => {
    const dataDir = path.join(scratch, "crash-db", "pglite");
    const holder = startProcess(["tests/support/embedded-owner-hold.ts", dataDir, documents[10]!]);
    await new Promise<void>((resolve, reject) => {
      holder.child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      holder.finished.then((result) => reject(new Error(`holder ended early: ${result.stderr}`)));
    });
    const paths = embeddedPaths(dataDir);
    expect(tryLockFile(paths.ownerLock, "exclusive")).toBeNull();
    holder.child.kill("SIGKILL");
    await holder.finished;
    expect(JSON.parse(await readFile(paths.serverRecord, "utf8"))).toMatchObject({ pid: holder.child.pid });

    const embedded = await startEmbeddedDatabase({ dataDir });
    try {
      expect(embedded.replacedStaleOwner).toBe(holder.child.pid);
      expect(JSON.parse(await readFile(paths.serverRecord, "utf8"))).toMatchObject({ pid: process.pid, url: embedded.url });
      expect(await idsIn(embedded.url)).toEqual(["5-9110"]);
    } finally {
      await embedded.stop();
    }
  }, 120_000);

  describe("while this process owns a folder", () => {
    const dataDir = () => path.join(scratch, "owned-db", "pglite");
    let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>>;

    beforeAll(async () => {
      embedded = await startEmbeddedDatabase({ dataDir: dataDir() });
    });

    afterAll(async () => {
      await embedded?.stop({ guestGraceMs: 0 });
    });

    it("a second server refuses to start, with one line naming the owner, and leaves the owner's state file alone", async () => {
      const before = await readFile(embeddedPaths(dataDir()).serverRecord, "utf8");
      const result = await startProcess(["scripts/serve.ts", "start"], { EMBEDDED_DATA_DIR: dataDir(), PORT: "3449" }).finished;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^The embedded database in \\S+ is in use by process ${process.pid} \\(npm run dev, npm start or a command\\): stop it first, or set DATABASE_URL to use a PostgreSQL server\\.\\n$`));
      expect(await readFile(embeddedPaths(dataDir()).serverRecord, "utf8")).toBe(before);
    }, 60_000);

    it("a command joins as a guest, writes through the owner, and leaves the owner's state file in place", async () => {
      const { stdout } = await execFileAsync(TSX, ["scripts/seed.ts", documents[11]!], { env: { ...process.env, DATABASE_URL: "", EMBEDDED_DATA_DIR: dataDir() } });
      expect(stdout).toMatch(/^1 loaded, 0 updated, 0 unchanged, 0 failed/);
      expect(JSON.parse(await readFile(embeddedPaths(dataDir()).serverRecord, "utf8"))).toMatchObject({ pid: process.pid, url: embedded.url });
      expect(await idsIn(embedded.url)).toContain("5-9111");
    }, 60_000);

    it("the owner waits for a guest before it stops, and no longer than the grace period it is given", async () => {
      const guest = await joinEmbeddedDatabase(dataDir());
      expect(guest).toMatchObject({ url: embedded.url, ownerPid: process.pid });
      let isStopped = false;
      let wasToldToWait = false;
      const stopping = embedded.stop({ onWaitingForGuests: () => (wasToldToWait = true) }).then(() => (isStopped = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(wasToldToWait).toBe(true);
      expect(isStopped).toBe(false);
      // No new guest can join a stopping owner.
      expect(await joinEmbeddedDatabase(dataDir())).toBeNull();
      guest!.leave();
      await stopping;
      expect(existsSync(embeddedPaths(dataDir()).serverRecord)).toBe(false);

      embedded = await startEmbeddedDatabase({ dataDir: dataDir() });
      const lingering = await joinEmbeddedDatabase(dataDir());
      const startedAt = Date.now();
      await embedded.stop({ guestGraceMs: 300 });
      expect(Date.now() - startedAt).toBeLessThan(5_000);
      lingering!.leave();
      // Stopped for good: the folder is free.
      const next = await startEmbeddedDatabase({ dataDir: dataDir() });
      embedded = next;
    }, 60_000);
  });
});
