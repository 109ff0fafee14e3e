/**
 * One contender for the embedded database folder, for tests/integration/embedded-owner.test.ts:
 * at the given instant (epoch milliseconds) it opens the database the way a command does
 * (openDatabase: owner, or guest of the owner), migrates, loads the given source documents, and
 * prints one JSON line: its role, the owner's pid and the load summary. Started in pairs at the
 * same instant, many times.
 *
 * usage: tsx tests/support/embedded-contender.ts START_AT FILE... (EMBEDDED_DATA_DIR set)
 */
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "@/lib/db/connection";
import { createPool } from "@/lib/db/pool";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDocuments } from "@/lib/db/seed";

const [startAtText, ...files] = process.argv.slice(2);
const startAt = Number(startAtText);
// Sleep most of the way, then spin: both contenders leave the line within a millisecond.
await sleep(Math.max(0, startAt - Date.now() - 20));
while (Date.now() < startAt) {
  // spin
}
const database = await openDatabase({ waitMs: 60_000 });
const pool = createPool(database.url, 2);
try {
  await prepareDatabase(pool, { seedIfEmpty: false });
  const summary = await seedDocuments({ pool, files });
  process.stdout.write(`${JSON.stringify({ pid: process.pid, role: database.role, ownerPid: database.ownerPid, summary })}\n`);
} finally {
  await pool.end();
  await database.release();
}
