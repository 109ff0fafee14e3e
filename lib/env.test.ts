import { describe, expect, it } from "vitest";
import { EnvError, publicOrigin, readEnv as readEnvOf } from "./env";

const readEnv = (variables: Record<string, string>) => readEnvOf(variables as NodeJS.ProcessEnv);

describe("readEnv", () => {
  it("keeps only the origin of PUBLIC_ORIGIN, and leaves it unset when empty", () => {
    expect(readEnv({ PUBLIC_ORIGIN: "https://questions.example.be/fr/" }).PUBLIC_ORIGIN).toBe("https://questions.example.be");
    expect(readEnv({ PUBLIC_ORIGIN: "" }).PUBLIC_ORIGIN).toBeUndefined();
    expect(readEnv({}).PUBLIC_ORIGIN).toBeUndefined();
  });

  it("names PUBLIC_ORIGIN when it is not an http(s) address", () => {
    expect(() => readEnv({ PUBLIC_ORIGIN: "ftp://example.be" })).toThrow(EnvError);
    expect(() => readEnv({ PUBLIC_ORIGIN: "questions" })).toThrow(/PUBLIC_ORIGIN/);
  });

  it("links to the configured origin, or to the local server, never to a request's Host", () => {
    expect(publicOrigin(readEnv({ PUBLIC_ORIGIN: "https://questions.example.be" }))).toBe("https://questions.example.be");
    expect(publicOrigin(readEnv({ PORT: "3400" }))).toBe("http://localhost:3400");
  });

  it("parses again when a variable it reads changes, and only then", () => {
    const first = readEnv({ PORT: "3400", UNRELATED: "a" });
    expect(readEnv({ PORT: "3400", UNRELATED: "b" })).toBe(first);
    expect(readEnv({ PORT: "3401" }).PORT).toBe(3401);
    expect(() => readEnv({ PORT: "0" })).toThrow(/PORT/);
    expect(readEnv({ PORT: "3400" })).toEqual(first);
  });

  it("bounds the database settings", () => {
    expect(readEnv({})).toMatchObject({ DB_STATEMENT_TIMEOUT_MS: 5_000, DB_CONNECT_TIMEOUT_MS: 3_000, DB_POOL_SIZE: 10, SHUTDOWN_TIMEOUT_MS: 10_000 });
    expect(() => readEnv({ DB_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/DB_STATEMENT_TIMEOUT_MS/);
    expect(() => readEnv({ DB_POOL_SIZE: "many" })).toThrow(/DB_POOL_SIZE/);
  });

  it("takes a replica only beside a primary, and only as a postgresql:// URL", () => {
    const primary = "postgresql://app@db-primary/archive";
    const replica = "postgresql://app@db-replica/archive";
    expect(readEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: replica }).DATABASE_REPLICA_URL).toBe(replica);
    expect(readEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: "" }).DATABASE_REPLICA_URL).toBeUndefined();
    expect(() => readEnv({ DATABASE_REPLICA_URL: replica })).toThrow(/DATABASE_REPLICA_URL needs DATABASE_URL/);
    expect(() => readEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URL: "mysql://db" })).toThrow(/DATABASE_REPLICA_URL/);
  });

  it("reads a log level among pino's", () => {
    expect(readEnv({}).LOG_LEVEL).toBe("info");
    expect(readEnv({ LOG_LEVEL: "warn" }).LOG_LEVEL).toBe("warn");
    expect(() => readEnv({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL/);
  });
});
