/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
import { openDatabase } from "@/lib/db/connection";
import { migrate } from "@/lib/db/migrate";
import { createPool } from "@/lib/db/pool";
import { runCommand } from "./run-command";

await runCommand(async () => {
  const database = await openDatabase();
  const pool = createPool(database.url, 1);
  try {
    const client = await pool.connect();
    try {
      const { applied, reapplied } = await migrate(client);
      if (applied.length === 0 && reapplied.length === 0) console.log("Database is up to date.");
      if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
      if (reapplied.length > 0) console.log(`Applied ${reapplied.length} function file(s): ${reapplied.join(", ")}`);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
    await database.release();
  }
});
