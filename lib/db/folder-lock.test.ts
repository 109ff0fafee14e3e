import { createRequire } from "node:module";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const requireCache = createRequire(import.meta.url).cache;
const isNativeModuleLoaded = () => Object.keys(requireCache).some((file) => file.includes(`${path.sep}fs-ext-extra-prebuilt${path.sep}`));

describe("folder locks", () => {
  it("load the native module on the first lock, not on import (a DATABASE_URL deployment never needs it)", async () => {
    const { tryLockFile } = await import("./connection").then(() => import("./folder-lock"));
    expect(isNativeModuleLoaded()).toBe(false);

    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "folder-lock-")), "lock");
    const lock = tryLockFile(file, "exclusive");
    expect(lock).not.toBeNull();
    expect(isNativeModuleLoaded()).toBe(true);
    lock?.release();
  });
});
