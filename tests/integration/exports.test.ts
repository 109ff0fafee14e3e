/**
 * Exports against a real database, on PGlite and on PostgreSQL: a search as CSV (the columns,
 * RFC 4180 escaping of commas, quotes and newlines in subjects and names, the byte order mark)
 * and as JSON Lines (each line what /api/questions/{id} serves), the cap, and the round trip of
 * the whole archive: export, wipe, seed from the export, and every record is identical. The
 * fixture tests/fixtures/exports/quoted-subjects.jsonl (loaded as records, which also tests
 * the loader's JSON Lines path) holds a subject with a comma, quotes and a line break, and an
 * author whose name has quotes and a comma.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/export/[file]/route";
import { GET as questionRoute } from "@/app/api/questions/[id]/route";
import { exportSearch } from "@/lib/data/exports";
import { type Database } from "@/lib/db/prisma";
import { collectSourceFiles, seedDocuments } from "@/lib/db/seed";
import { poolExecutor } from "@/lib/db/sql";
import { writeArchiveJsonLines } from "@/lib/exports/archive";
import { CSV_COLUMNS } from "@/lib/exports/csv";
import { DEFAULT_SEARCH_PARAMS } from "@/lib/search/parse-params";
import { databaseTargets, migrateAndSeed, type TestDatabase, testPool, useAppDatabase } from "../support/databases";
import { testClient } from "../support/test-client";

const FIXTURE = path.resolve("tests/fixtures/exports/quoted-subjects.jsonl");
const SOURCES = [path.resolve("seeds"), path.resolve("tests/fixtures/reader"), path.resolve("tests/fixtures/search"), FIXTURE];

type StoredRow = { id: string; status: string; record: unknown; descriptor_ids: number[]; content_hash: string };

async function readArchive(pool: pg.Pool): Promise<StoredRow[]> {
  const { rows } = await pool.query<StoredRow>(
    "SELECT r.id, r.status, r.record, r.descriptor_ids, q.content_hash FROM question_record r JOIN question q ON q.id = r.id ORDER BY r.id",
  );
  return rows;
}

/** A minimal RFC 4180 reader, to check that the file reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isQuoted) {
      if (char === '"' && text[index + 1] === '"') [field, index] = [field + '"', index + 1];
      else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") [row, field] = [[...row, field], ""];
    else if (char === "\r" && text[index + 1] === "\n") {
      rows.push([...row, field]);
      [row, field, index] = [[], "", index + 1];
    } else field += char;
  }
  return rows;
}

describe.each(databaseTargets())("exports on $name", ({ create }) => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let db: Database;
  let folder: string;

  beforeAll(async () => {
    database = await create();
    pool = testPool(database, 4);
    expect((await migrateAndSeed(pool, SOURCES)).failed).toEqual([]);
    db = testClient(database);
    await useAppDatabase(database);
    folder = await mkdtemp(path.join(os.tmpdir(), "archive-exports-"));
  });

  afterAll(async () => {
    await useAppDatabase(undefined);
    await db?.$disconnect();
    await pool?.end();
    await database?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("serves a search as CSV with its columns, a byte order mark and RFC 4180 escaping", async () => {
    const response = await exportRoute(new Request("http://localhost/api/export/questions.csv?legislature=8&lang=nl"), { params: Promise.resolve({ file: "questions.csv" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="questions.csv"');
    expect(response.headers.get("x-export-cap")).toBe("10000");
    expect(response.headers.get("x-total-count")).toBe("2");
    expect(response.headers.get("x-export-truncated")).toBe("false");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    // The subject with a comma, quotes and a line break, quoted with its quotes doubled.
    expect(text).toContain('"Prisons, surpopulation et ""maisons de détention"" : le rapport\nannuel, en deux lignes"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    const byId = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, row[index]]))]));
    expect(byId.get("8-9001")).toMatchObject({
      legislature: "8",
      number: "9001",
      subject_fr: 'Prisons, surpopulation et "maisons de détention" : le rapport\nannuel, en deux lignes',
      subject_nl: 'Gevangenissen, overbevolking en "detentiehuizen": het jaarverslag\nin twee regels',
      author: "Karl Vanlouwe",
      answered_on: "",
      official_url_fr: "https://www.senate.be/www/?MIval=/Vragen/SchriftelijkeVraag&LEG=8&NR=9001&LANG=fr",
    });
    expect(byId.get("8-9001")?.archive_url).toMatch(/\/nl\/questions\/8-9001$/);
    expect(byId.get("8-120")?.status).toBe("reminded");
  });

  it("escapes a name with quotes and a comma, and gives an answered question's days and date", async () => {
    const exported = await exportSearch({ params: { ...DEFAULT_SEARCH_PARAMS, author: "Dupont" }, format: "csv", db });
    const text = (await new Response(exported.body).text()).replace(/^\uFEFF/, "");
    expect(text).toContain('5-9002,5,9002,2012-2013,2013-04-30,"Jean ""Le Rapporteur"" Dupont, fils",cdH,');
    const [, row] = parseCsv(text);
    expect(row?.[CSV_COLUMNS.indexOf("days")]).toBe("293");
    expect(row?.[CSV_COLUMNS.indexOf("answered_on")]).toBe("2014-02-17");
  });

  it("serves a search as JSON Lines, each line what /api/questions/{id} serves, in number order", async () => {
    const response = await exportRoute(new Request("http://localhost/api/export/questions.jsonl?q=prisons"), { params: Promise.resolve({ file: "questions.jsonl" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    const lines = (await response.text()).trimEnd().split("\n").map((line) => JSON.parse(line) as { id: string; legislature: number; number: number });
    expect(lines.length).toBeGreaterThan(1);
    expect(Number(response.headers.get("x-total-count"))).toBe(lines.length);
    const order = lines.map((line) => line.legislature * 1e7 + line.number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const first = lines[0]!;
    const api = await (await questionRoute(new Request(`http://localhost/api/questions/${first.id}`), { params: Promise.resolve({ id: first.id }) })).json();
    expect(first).toEqual(api);
  });

  it("stops at the cap and says so", async () => {
    const exported = await exportSearch({ params: DEFAULT_SEARCH_PARAMS, format: "jsonl", cap: 3, db });
    expect(exported.isTruncated).toBe(true);
    expect(exported.served).toBe(3);
    expect((await new Response(exported.body).text()).trimEnd().split("\n")).toHaveLength(3);
  });

  it("answers 404 for an unknown export file", async () => {
    const response = await exportRoute(new Request("http://localhost/api/export/questions.xml"), { params: Promise.resolve({ file: "questions.xml" }) });
    expect(response.status).toBe(404);
  });

  it("reports a bad line of a JSON Lines file with its file and line", async () => {
    const file = path.join(folder, "bad.jsonl");
    const good = (await readFile(FIXTURE, "utf8")).split("\n")[0];
    await writeFile(file, `${good}\n{"id": "5-1"}\nnot json\n`);
    const summary = await seedDocuments({ pool, files: await collectSourceFiles([file]) });
    expect(summary.unchanged).toBe(1);
    expect(summary.failed.map((failure) => failure.reason)).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not a question record: `)),
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: not JSON: `)),
    ]);
  });

  it("round trip: export the archive, wipe it, seed from the export, and every record is identical", async () => {
    const before = await readArchive(pool);
    expect(before.length).toBe(14);
    const file = path.join(folder, "archive.jsonl");
    const out = createWriteStream(file, { encoding: "utf8" });
    const written = await writeArchiveJsonLines(poolExecutor(pool), out, { today: "2026-11-29" });
    out.end();
    await finished(out);
    expect(written).toBe(before.length);

    await pool.query("TRUNCATE question, author, addressee, descriptor RESTART IDENTITY CASCADE");
    expect(await readArchive(pool)).toEqual([]);

    const summary = await seedDocuments({ pool, files: await collectSourceFiles([file]) });
    expect(summary.failed).toEqual([]);
    expect(summary.loaded).toBe(before.length);
    const after = await readArchive(pool);
    // Descriptor ids are renumbered by the reload; the records, statuses and hashes are not.
    const withoutIds = (rows: StoredRow[]) => rows.map(({ descriptor_ids: ids, ...row }) => ({ ...row, descriptors: ids.length }));
    expect(withoutIds(after)).toEqual(withoutIds(before));
  });
});
