/**
 * Owns an embedded database folder and never lets go, for the stale-lock test: migrates, loads
 * the given documents, prints "ready", then waits to be killed (SIGKILL: no cleanup runs).
 *
 * usage: tsx tests/support/embedded-owner-hold.ts DATA_DIR FILE...
 */
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { createPool } from "@/lib/db/pool";
import { prepareDatabase } from "@/lib/db/prepare";
import { seedDocuments } from "@/lib/db/seed";

const [dataDir, ...files] = process.argv.slice(2);
const embedded = await startEmbeddedDatabase({ dataDir: dataDir! });
const pool = createPool(embedded.url, 2);
await prepareDatabase(pool, { seedIfEmpty: false });
await seedDocuments({ pool, files });
await pool.end();
process.stdout.write("ready\n");
setInterval(() => {}, 60_000);
