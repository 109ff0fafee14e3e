import { describe, expect, it } from "vitest";
import { EnvError, readEnv as readEnvOf } from "./env";

const readEnv = (variables: Record<string, string>) => readEnvOf(variables as NodeJS.ProcessEnv);

describe("readEnv", () => {
  it("keeps only the origin of PUBLIC_URL, and leaves it unset when empty", () => {
    expect(readEnv({ PUBLIC_URL: "https://questions.example.be/fr/" }).PUBLIC_URL).toBe("https://questions.example.be");
    expect(readEnv({ PUBLIC_URL: "" }).PUBLIC_URL).toBeUndefined();
    expect(readEnv({}).PUBLIC_URL).toBeUndefined();
  });

  it("names PUBLIC_URL when it is not an http(s) address", () => {
    expect(() => readEnv({ PUBLIC_URL: "ftp://example.be" })).toThrow(EnvError);
    expect(() => readEnv({ PUBLIC_URL: "questions" })).toThrow(/PUBLIC_URL/);
  });
});
