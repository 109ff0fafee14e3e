import type pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "./prisma";
import { poolSettingsFrom } from "./pool-settings";
import { readEnv } from "@/lib/env";

describe("createPrismaClient", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps the process alive when the server closes an idle connection of the client's pool, and says so", async () => {
    let pool: pg.Pool | undefined;
    // Nothing listens on port 1: the client is never used, only its pool's error handling.
    const db = createPrismaClient("postgresql://127.0.0.1:1/none", poolSettingsFrom(readEnv()), { onPool: (created) => (pool = created) });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    // What node-postgres emits when PostgreSQL terminates an idle backend (a restart, a failover):
    // an "error" event on the pool, which throws when nothing listens.
    expect(() => pool?.emit("error", new Error("terminating connection due to administrator command"))).not.toThrow();
    expect(logged).toHaveBeenCalledWith("database connection closed: terminating connection due to administrator command");
    await db.$disconnect();
  });
});
