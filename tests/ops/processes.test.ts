import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const FIXTURE = path.join(import.meta.dirname, "interrupted-fixture.ts");

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("cleanUpOnSignals", () => {
  it.each([["SIGINT", 130], ["SIGTERM", 143]] as const)("%s stops the services in their own process groups, runs the cleanups, and exits %i", async (signal, code) => {
    const runner = spawn(process.execPath, ["--import", "tsx", FIXTURE], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    const servicePid = await new Promise<number>((resolve, reject) => {
      runner.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const pid = /service (\d+)/.exec(output)?.[1];
        if (pid) resolve(Number(pid));
      });
      runner.once("exit", () => reject(new Error(`the fixture ended: ${output}`)));
    });
    expect(isRunning(servicePid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => runner.once("exit", (exitCode) => resolve(exitCode)));
    runner.kill(signal);
    expect(await exited).toBe(code);
    expect(output).toContain(`${signal}: stopping everything started so far`);
    expect(output).toContain("cleaned up");
    expect(isRunning(servicePid)).toBe(false);
  }, 30_000);
});
