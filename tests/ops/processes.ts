/**
 * Processes the operations test starts, each in its own process group so that stopping it stops
 * everything it started (npm, node, Next.js), and a registry of cleanups run in reverse order,
 * whatever happened before.
 */
import { type ChildProcess, spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const cleanups: { label: string; run: () => Promise<void> | void }[] = [];

export function onCleanup(label: string, run: () => Promise<void> | void): void {
  cleanups.push({ label, run });
}

/** Runs every cleanup registered so far, last first; a cleanup runs once, even when this is called twice at a time. */
export async function cleanUp(): Promise<string[]> {
  const problems: string[] = [];
  for (const { label, run } of cleanups.splice(0).reverse()) {
    try {
      await run();
    } catch (error) {
      problems.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/**
 * Interrupted (Ctrl-C in a terminal, a CI runner's timeout, a `kill`): the services run in
 * process groups of their own, which a terminal's SIGINT does not reach, and the PostgreSQL
 * servers are daemons; without this they would all outlive the test. A first SIGINT or SIGTERM
 * runs every cleanup, then ends the process as the signal would have (128 + its number); a second
 * one ends it at once.
 */
export function cleanUpOnSignals(report: (line: string) => void = console.log): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      report(`${signal}: stopping everything started so far`);
      void cleanUp().then((problems) => {
        for (const problem of problems) report(`cleanup: ${problem}`);
        process.exit(128 + os.constants.signals[signal]);
      });
    });
  }
}

/** Runs a command to its end; throws with its output when it fails. */
export function runToEnd(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", env: options.env ?? process.env, cwd: options.cwd, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${(result.stdout ?? "") + (result.stderr ?? "")}`.slice(0, 4000));
  }
  return result.stdout;
}

export type Service = {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the whole process group. */
  signal: (signal: NodeJS.Signals) => void;
};

/** Starts a long-running process in its own group, its output appended to `logFile`. */
export function startService(label: string, command: string, args: string[], options: SpawnOptions & { logFile: string }): Service {
  const log = createWriteStream(options.logFile, { flags: "a" });
  const child = spawn(command, args, { ...options, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // The group is already gone.
    }
  };
  onCleanup(label, async () => {
    signal("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    if (!stopped) signal("SIGKILL");
  });
  return { child, exited, signal };
}

/** `count` free loopback ports within [from, to]. */
export async function freePorts(count: number, from: number, to: number): Promise<number[]> {
  const ports: number[] = [];
  for (let port = from; port <= to && ports.length < count; port++) {
    if (await isFree(port)) ports.push(port);
  }
  if (ports.length < count) throw new Error(`only ${ports.length} free ports between ${from} and ${to}, ${count} needed`);
  return ports;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Polls until `probe` returns true, or throws naming `what` after `timeoutMs`. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, intervalMs = 250): Promise<number> {
  const startedAt = Date.now();
  for (;;) {
    try {
      if (await probe()) return Date.now() - startedAt;
    } catch {
      // Not yet.
    }
    if (Date.now() - startedAt > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(intervalMs);
  }
}
