/**
 * The peer baseline: the same corpus in SQLite FTS5 (better-sqlite3), queried with the same
 * query set and the same work per query: total, four facet counts (each without its own
 * filter), a page of 20 ranked hits (bm25 with subject > descriptors > question > answer
 * column weights) with a snippet per language, and the page's rows. What FTS5 cannot do the
 * same way is said in docs/benchmarks.md: no stemming (unicode61 folds case and accents
 * only), and names are matched by substring, without typo tolerance.
 */
import Database from "better-sqlite3";
import type pg from "pg";

const PAGE_SIZE = 20;
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

type SourceRow = {
  rowid: number; id: string; legislature: number; asked_on: string; year: number; status: string; party: string;
  author: string; addressee_fr: string; addressee_nl: string; subject_fr: string; subject_nl: string;
  descriptors_fr: string; descriptors_nl: string; question_fr: string; question_nl: string; answer_fr: string; answer_nl: string;
};

/** Copies the loaded archive from PostgreSQL into a new SQLite file; returns seconds taken. */
export async function loadSqlite(pool: pg.Pool, file: string): Promise<{ seconds: number; db: Database.Database }> {
  const startedAt = performance.now();
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec(`
    DROP TABLE IF EXISTS doc; DROP TABLE IF EXISTS doc_fts;
    CREATE TABLE doc (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, legislature INT, asked_on TEXT, year INT, status TEXT,
      party TEXT, author TEXT, author_folded TEXT, addressee_fr TEXT, addressee_nl TEXT, addressee_folded TEXT,
      subject_fr TEXT, subject_nl TEXT, descriptors_fr TEXT, descriptors_nl TEXT,
      question_fr TEXT, question_nl TEXT, answer_fr TEXT, answer_nl TEXT);
    CREATE INDEX doc_year ON doc (year); CREATE INDEX doc_status ON doc (status); CREATE INDEX doc_party ON doc (party);
    CREATE INDEX doc_asked_on ON doc (asked_on);
    CREATE VIRTUAL TABLE doc_fts USING fts5(subject_fr, subject_nl, descriptors_fr, descriptors_nl,
      question_fr, question_nl, answer_fr, answer_nl, content='doc', content_rowid='rowid',
      tokenize='unicode61 remove_diacritics 2');`);
  const insert = db.prepare(`INSERT INTO doc VALUES (@rowid, @id, @legislature, @asked_on, @year, @status, @party, @author,
    @author_folded, @addressee_fr, @addressee_nl, @addressee_folded, @subject_fr, @subject_nl, @descriptors_fr,
    @descriptors_nl, @question_fr, @question_nl, @answer_fr, @answer_nl)`);
  const insertMany = db.transaction((rows: SourceRow[]) => {
    for (const row of rows) {
      insert.run({ ...row, author_folded: fold(row.author), addressee_folded: fold(`${row.addressee_fr} ${row.addressee_nl}`) });
    }
  });
  const client = await pool.connect();
  try {
    let lastRowid = 0;
    for (;;) {
      const { rows } = await client.query<SourceRow>(
        `SELECT row_number() OVER (ORDER BY q.id)::int + $1 AS rowid, q.id, q.legislature, to_char(q.asked_on, 'YYYY-MM-DD') AS asked_on,
                q.asked_year AS year, q.status, q.author_party AS party, au.name AS author,
                ad.title_fr AS addressee_fr, ad.title_nl AS addressee_nl, q.subject_fr, q.subject_nl,
                coalesce((SELECT string_agg(de.label_fr, E'\\n') FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id WHERE qd.question_id = q.id), '') AS descriptors_fr,
                coalesce((SELECT string_agg(de.label_nl, E'\\n') FROM question_descriptor qd JOIN descriptor de ON de.id = qd.descriptor_id WHERE qd.question_id = q.id), '') AS descriptors_nl,
                array_to_string(q.question_fr, E'\\n') AS question_fr, array_to_string(q.question_nl, E'\\n') AS question_nl,
                array_to_string(q.answer_fr, E'\\n') AS answer_fr, array_to_string(q.answer_nl, E'\\n') AS answer_nl
         FROM question q JOIN author au ON au.id = q.author_id JOIN addressee ad ON ad.id = q.addressee_id
         WHERE q.id > $2 ORDER BY q.id LIMIT 5000`,
        [lastRowid, (await lastId(db)) ?? ""],
      );
      if (rows.length === 0) break;
      insertMany(rows);
      lastRowid += rows.length;
    }
  } finally {
    client.release();
  }
  db.exec("INSERT INTO doc_fts (doc_fts) VALUES ('rebuild'); INSERT INTO doc_fts (doc_fts) VALUES ('optimize'); ANALYZE;");
  return { seconds: (performance.now() - startedAt) / 1000, db };
}

async function lastId(db: Database.Database): Promise<string | undefined> {
  return (db.prepare("SELECT id FROM doc ORDER BY id DESC LIMIT 1").get() as { id: string } | undefined)?.id;
}

/** websearch-style text (words, "phrases", OR, -word) as an FTS5 expression. */
export function toFtsQuery(text: string): string | null {
  const tokens = text.match(/-?"[^"]*"|\S+/g) ?? [];
  const positive: string[] = [];
  const negative: string[] = [];
  let pendingOr = false;
  for (const token of tokens) {
    if (token === "OR") { pendingOr = true; continue; }
    const isNegated = token.startsWith("-");
    const body = (isNegated ? token.slice(1) : token).replace(/"/g, "").trim();
    if (!body) continue;
    const term = `"${body.replace(/"/g, '""')}"`;
    if (isNegated) negative.push(term);
    else if (pendingOr && positive.length > 0) positive[positive.length - 1] = `(${positive[positive.length - 1]} OR ${term})`;
    else positive.push(term);
    pendingOr = false;
  }
  if (positive.length === 0) return null;
  return positive.join(" AND ") + negative.map((term) => ` NOT ${term}`).join("");
}

type Filter = { sql: string; values: unknown[] };

/** Runs one query string the way the app does its work; returns the total (for sanity checks). */
export function searchSqlite(db: Database.Database, queryString: string): number {
  const params = new URLSearchParams(queryString);
  const fts = toFtsQuery(params.get("q") ?? "");
  const filters: Record<"text" | "minister" | "author" | "party" | "dates" | "status" | "legislature", Filter> = {
    text: fts ? { sql: "d.rowid IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?)", values: [fts] } : { sql: "1", values: [] },
    minister: wordsFilter("d.addressee_folded", params.get("minister")),
    author: wordsFilter("d.author_folded", params.get("author")),
    party: params.get("party") ? { sql: "lower(d.party) = lower(?)", values: [params.get("party")] } : { sql: "1", values: [] },
    dates: {
      sql: `${params.get("from") ? "d.asked_on >= ?" : "1"} AND ${params.get("to") ? "d.asked_on <= ?" : "1"}`,
      values: [params.get("from"), params.get("to")].filter((value) => value),
    },
    status: params.get("status") ? { sql: "d.status = ?", values: [params.get("status")] } : { sql: "1", values: [] },
    legislature: params.get("legislature") ? { sql: "d.legislature = ?", values: [Number(params.get("legislature"))] } : { sql: "1", values: [] },
  };
  const where = (skip?: keyof typeof filters) => {
    const parts = Object.entries(filters).filter(([name]) => name !== skip).map(([, filter]) => filter);
    return { sql: parts.map((part) => `(${part.sql})`).join(" AND "), values: parts.flatMap((part) => part.values) };
  };
  const all = where();
  const total = (db.prepare(`SELECT count(*) AS n FROM doc d WHERE ${all.sql}`).get(...all.values) as { n: number }).n;
  for (const [facet, column] of [["minister", "addressee_fr"], ["party", "party"], ["dates", "year"], ["status", "status"]] as const) {
    const clause = where(facet);
    db.prepare(`SELECT ${column} AS value, count(*) AS n FROM doc d WHERE ${clause.sql} GROUP BY ${column}`).all(...clause.values);
  }
  const page = fts
    ? (db.prepare(
        `SELECT d.rowid, d.id, snippet(doc_fts, 4, '<b>', '</b>', '…', 24) AS snippet_fr, snippet(doc_fts, 5, '<b>', '</b>', '…', 24) AS snippet_nl
         FROM doc_fts JOIN doc d ON d.rowid = doc_fts.rowid
         WHERE doc_fts MATCH ? AND ${where("text").sql}
         ORDER BY bm25(doc_fts, 10.0, 10.0, 4.0, 4.0, 2.0, 2.0, 1.0, 1.0) LIMIT ${PAGE_SIZE}`,
      ).all(fts, ...where("text").values) as { rowid: number }[])
    : (db.prepare(`SELECT d.rowid FROM doc d WHERE ${all.sql} ORDER BY d.asked_on DESC, d.id DESC LIMIT ${PAGE_SIZE}`).all(...all.values) as { rowid: number }[]);
  if (page.length > 0) {
    db.prepare(`SELECT * FROM doc WHERE rowid IN (${page.map(() => "?").join(",")})`).all(...page.map((row) => row.rowid));
  }
  return total;
}

function wordsFilter(column: string, value: string | null): Filter {
  const words = fold(value ?? "").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  if (words.length === 0) return { sql: "1", values: [] };
  return { sql: words.map(() => `instr(${column}, ?) > 0`).join(" AND "), values: words };
}
