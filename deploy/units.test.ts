/**
 * The systemd unit of a web node runs what `npm start` runs, without npm (whose cache, logs and
 * update check want a writable HOME that ProtectHome takes away), and gives the service a HOME
 * it may write.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const unit = await readFile(path.join(import.meta.dirname, "archive-web@.service"), "utf8");
const packageJson = JSON.parse(await readFile(path.join(import.meta.dirname, "..", "package.json"), "utf8")) as { scripts: Record<string, string> };

/** The values of a directive, in order (a directive may be repeated). */
const directive = (name: string) => [...unit.matchAll(new RegExp(`^${name}=(.*)$`, "gm"))].map((match) => match[1]!);

describe("deploy/archive-web@.service", () => {
  it("runs the start script's command with node itself, not npm", () => {
    const [execStart] = directive("ExecStart");
    expect(directive("ExecStart")).toHaveLength(1);
    expect(execStart).toMatch(/^\/\S+\/node /);
    expect(packageJson.scripts.start).toMatch(/^exec node /);
    expect(execStart!.replace(/^\S+\/node /, "node ")).toBe(packageJson.scripts.start!.replace(/^exec /, ""));
  });

  it("gives the service a HOME it may write, under ProtectHome and a read-only system", () => {
    expect(directive("ProtectHome")).toEqual(["yes"]);
    expect(directive("ProtectSystem")).toEqual(["strict"]);
    expect(directive("StateDirectory")).toEqual(["archive"]);
    expect(directive("Environment").join(" ").split(" ")).toContain("HOME=/var/lib/archive");
    expect(directive("ReadWritePaths")).toEqual(["/srv/archive/.next/cache"]);
    expect(directive("PrivateTmp")).toEqual(["yes"]);
  });
});
