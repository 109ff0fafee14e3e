import type pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "./prisma";
import { poolSettingsFrom } from "./pool-settings";
import { readEnv } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

describe("createPrismaClient", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps the process alive when the server closes an idle connection of the client's pool, and says so", async () => {
    let pool: pg.Pool | undefined;
    // Nothing listens on port 1: the client is never used, only its pool's error handling.
    const db = createPrismaClient("postgresql://127.0.0.1:1/none", poolSettingsFrom(readEnv()), { onPool: (created) => (pool = created) });
    const logged = vi.spyOn(logger(), "warn").mockImplementation(() => undefined);
    // What node-postgres emits when PostgreSQL terminates an idle backend (a restart, a failover):
    // an "error" event on the pool, which throws when nothing listens.
    const terminated = new Error("terminating connection due to administrator command");
    expect(() => pool?.emit("error", terminated)).not.toThrow();
    // One JSON line, with no request id: no request caused it.
    expect(logged).toHaveBeenCalledWith({ reqId: undefined, err: terminated }, "database connection closed");
    await db.$disconnect();
  });
});
