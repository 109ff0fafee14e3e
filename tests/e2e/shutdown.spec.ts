/**
 * `npm start` and `npm run dev` end cleanly on SIGTERM and SIGINT, sent to the npm process (what
 * a process manager does) or to its whole process group (a terminal's Ctrl-C): every process of
 * the group exits, the port is freed, the embedded database is checkpointed and closed (its lock
 * free, its state file gone), within seconds. Before, SIGTERM to npm killed only npm and its
 * shell: the server went on running, orphaned, with its port and the PGlite socket open.
 *
 * No browser here: these drive the commands as an operator would. Each server gets its own
 * port (E2E_PORT + 1) and its own embedded database folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { embeddedPaths } from "@/lib/db/embedded";
import { tryLockFile } from "@/lib/db/folder-lock";

const port = Number(process.env.E2E_PORT ?? 3210) + 1;
let scratch: string;

test.beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "archive-shutdown-"));
});

test.afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

type Server = { npm: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(script: "start" | "dev", dataDir: string): Server {
  // detached: a process group of its own, as a terminal would give it, so that the group can be signalled.
  const npm = spawn("npm", ["run", script], {
    detached: true,
    env: { ...process.env, PORT: String(port), EMBEDDED_DATA_DIR: dataDir, DATABASE_URL: "", SHUTDOWN_TIMEOUT_MS: "8000" },
  });
  let output = "";
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on("exit", (code) => resolve(code)));
  return { npm, output: () => output, exited };
}

async function waitUntilServing(server: Server): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/en`, { signal: AbortSignal.timeout(30_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (server.npm.exitCode !== null) throw new Error(`the server ended early:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer within 90 s:\n${server.output()}`);
}

function isGroupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

function isPortFree(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

const cases = [
  { signal: "SIGTERM", target: "the npm process" },
  { signal: "SIGINT", target: "the npm process" },
  { signal: "SIGTERM", target: "the process group" },
  { signal: "SIGINT", target: "the process group" },
] as const;

for (const script of ["start", "dev"] as const) {
  test.describe(`npm ${script === "start" ? "start" : "run dev"}`, () => {
    test.describe.configure({ timeout: 180_000 });

    for (const { signal, target } of cases) {
      test(`${signal} to ${target}: every process exits, the port is freed, the database is checkpointed and unlocked, within 10 s`, async () => {
        const dataDir = path.join(scratch, script, "pglite");
        const server = startServer(script, dataDir);
        try {
          await waitUntilServing(server);
          const groupId = server.npm.pid!;
          const signalledAt = Date.now();
          process.kill(target === "the npm process" ? groupId : -groupId, signal);

          expect(await waitFor(() => !isGroupAlive(groupId), 10_000), `processes left after ${signal}:\n${server.output()}`).toBe(true);
          expect(Date.now() - signalledAt).toBeLessThan(10_000);
          expect(await isPortFree()).toBe(true);
          expect(server.output()).toContain(`server: stopping (${signal})`);
          expect(server.output()).toContain("database: checkpointed and closed");
          const paths = embeddedPaths(dataDir);
          expect(existsSync(paths.serverRecord)).toBe(false);
          const lock = tryLockFile(paths.ownerLock, "exclusive");
          expect(lock).not.toBeNull();
          lock?.release();
        } finally {
          if (isGroupAlive(server.npm.pid!)) process.kill(-server.npm.pid!, "SIGKILL");
        }
      });
    }
  });
}
