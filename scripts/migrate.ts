/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database, then
 * rebuilds the search vectors and vocabulary of an archive loaded before the vocabulary existed.
 */
import { openDatabase } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { rebuildSearchData } from "@/lib/db/vocabulary";
import { runCommand } from "./run-command";

await runCommand(async () => {
  const database = await openDatabase();
  const pool = createPool(database.url, 1);
  try {
    const client = await pool.connect();
    try {
      const own = await migrate(client);
      // An embedded owner migrated before letting anyone in: what it applied counts as this run's.
      const applied = [...database.migrations.applied, ...own.applied];
      const reapplied = [...database.migrations.reapplied, ...own.reapplied];
      if (applied.length === 0 && reapplied.length === 0) console.log("Database is up to date.");
      if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
      if (reapplied.length > 0) console.log(`Applied ${reapplied.length} function file(s): ${reapplied.join(", ")}`);
    } finally {
      client.release();
    }
    const rebuilt = await rebuildSearchData(pool);
    if (rebuilt > 0) console.log(`Rebuilt the search vectors and vocabulary of ${rebuilt} question(s).`);
  } finally {
    await pool.end();
    await database.release();
  }
});
