/**
 * The command-line verbs as a user runs them: `npm run seed`, `npm run export` and `npm run
 * db:migrate` against a given DATABASE_URL, their summaries and exit codes.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMigrations, readRepeatables } from "@/lib/db/migrate";
import { databaseTargets, type TestDatabase } from "../support/databases";

const run = promisify(execFile);
const REAL_DOCUMENT = path.resolve("seeds/000_dc0ab1c61fd4920e.txt");

async function runScript(script: string, args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe.each(databaseTargets())("commands on $name", ({ create }) => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await create();
    folder = await mkdtemp(path.join(os.tmpdir(), "archive-commands-"));
    await cp(REAL_DOCUMENT, path.join(folder, "good.txt"));
    const original = await readFile(REAL_DOCUMENT, "utf8");
    await writeFile(path.join(folder, "cut-short.txt"), original.slice(0, original.indexOf("________ ________")));
  });

  afterAll(async () => {
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("db:migrate applies the migrations, then says the database is up to date", async () => {
    const names = (await readMigrations()).map((migration) => migration.name);
    const functions = (await readRepeatables()).map((file) => file.name);
    const first = await runScript("migrate", [], database.url);
    expect(first).toMatchObject({
      code: 0,
      stdout: `Applied ${names.length} migration(s): ${names.join(", ")}\nApplied ${functions.length} function file(s): ${functions.join(", ")}\n`,
    });
    const second = await runScript("migrate", [], database.url);
    expect(second).toMatchObject({ code: 0, stdout: "Database is up to date.\n" });
  });

  it("seed loads the good document, names the bad one with its reason, and exits 1", async () => {
    const result = await runScript("seed", [folder], database.url);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^1 loaded, 0 updated, 0 unchanged, 1 failed \(2 documents in [\d.]+ s; vacuumed and analysed in [\d.]+ s\)\n$/);
    const failures = result.stderr.trim().split("\n");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(new RegExp(`^failed: ${path.join(folder, "cut-short.txt")}(:\\d+)?: `));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query("SELECT id FROM question");
    await client.end();
    expect(rows).toEqual([{ id: "5-8902" }]);
  });

  it("seed run again on the same file reports it unchanged and exits 0", async () => {
    const result = await runScript("seed", [path.join(folder, "good.txt")], database.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^0 loaded, 0 updated, 1 unchanged, 0 failed/);
    expect(result.stderr).toBe("");
  });

  it("seed names a path that does not exist, without a stack trace", async () => {
    const result = await runScript("seed", [path.join(folder, "missing.txt")], database.url);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${path.join(folder, "missing.txt")}: no such file or folder\n`);
  });

  it("export writes the archive as JSON Lines, says so on stderr, and seed loads the file back", async () => {
    const file = path.join(folder, "archive.jsonl");
    const result = await runScript("export", ["--out", file], database.url);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^1 question exported to ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} in [\\d.]+ s\n$`));
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string; status: string });
    expect(lines.map((line) => [line.id, line.status])).toEqual([["5-8902", "answered"]]);
    const seeded = await runScript("seed", [file], database.url);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/^0 loaded, 0 updated, 1 unchanged, 0 failed \(1 documents in [\d.]+ s\)\n$/);
  });
});

describe("environment errors", () => {
  it("a malformed DATABASE_URL is one clear line, exit 1", async () => {
    const result = await runScript("migrate", [], "mysql://nope");
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("Invalid environment: DATABASE_URL must be a postgresql:// connection URL\n");
  });
});

describe("with no DATABASE_URL", () => {
  let dataRoot: string;

  beforeAll(async () => {
    dataRoot = await mkdtemp(path.join(os.tmpdir(), "archive-embedded-"));
  });

  afterAll(async () => {
    if (dataRoot) await rm(dataRoot, { recursive: true, force: true });
  });

  async function runEmbedded(script: string, args: string[]) {
    try {
      const { stdout } = await run("npx", ["tsx", `scripts/${script}.ts`, ...args], {
        env: { ...process.env, DATABASE_URL: "", EMBEDDED_DATA_DIR: path.join(dataRoot, "pglite") },
      });
      return { code: 0, stdout };
    } catch (error) {
      return { code: (error as { code: number }).code, stdout: (error as { stdout: string }).stdout };
    }
  }

  it("migrate and seed use the embedded database, which keeps its data between runs", async () => {
    expect((await runEmbedded("migrate", [])).stdout).toMatch(/^Applied \d+ migration\(s\)/);
    expect((await runEmbedded("seed", [REAL_DOCUMENT])).stdout).toMatch(/^1 loaded, 0 updated, 0 unchanged, 0 failed/);
    expect((await runEmbedded("seed", [REAL_DOCUMENT])).stdout).toMatch(/^0 loaded, 0 updated, 1 unchanged, 0 failed/);
    expect(await runEmbedded("migrate", [])).toEqual({ code: 0, stdout: "Database is up to date.\n" });
  });
});
