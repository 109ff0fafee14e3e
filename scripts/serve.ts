/**
 * `npm run dev` / `npm start`: makes sure a database is there (DATABASE_URL, or the embedded one
 * started here), migrates it, seeds it from seeds/ when empty, then runs `next dev` or
 * `next start` with DATABASE_URL pointing at it. The embedded database lives as long as this
 * process, which stops it cleanly when the server exits or is interrupted.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { openDatabase } from "@/lib/db/connection";
import { prepareDatabase } from "@/lib/db/prepare";
import { createPool } from "@/lib/db/pool";
import { readEnv } from "@/lib/env";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  process.stderr.write("usage: tsx scripts/serve.ts dev|start\n");
  process.exit(2);
}

let database: Awaited<ReturnType<typeof openDatabase>>;
try {
  const env = readEnv();
  database = await openDatabase();
  const pool = createPool(database.url, 2);
  try {
    const { migrations, seeded } = await prepareDatabase(pool, { seedIfEmpty: true, extraSeedDirs: env.EXTRA_SEED_DIRS });
    const applied = [...migrations.applied, ...migrations.reapplied];
    if (applied.length > 0) console.log(`database: applied ${applied.join(", ")}`);
    if (seeded) {
      console.log(`database: loaded ${seeded.loaded} of ${seeded.loaded + seeded.failed.length} documents`);
      for (const failure of seeded.failed) console.error(`database: not loaded: ${failure.reason}`);
    }
  } finally {
    await pool.end();
  }
  console.log(`database: ${database.isEmbedded ? "embedded PGlite under .data/" : "DATABASE_URL"}`);

  // Node runs Next's own entry point directly (no npx or shell in between), so a signal sent to
  // this process reaches the server, and the server never outlives the database it uses.
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const next = spawn(process.execPath, [nextBin, mode, "--port", String(env.PORT)], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: database.url },
  });
  const stop = (signal: NodeJS.Signals) => next.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);
  next.on("exit", async (code) => {
    await database.release();
    process.exit(code ?? 0);
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  process.exit(1);
}
