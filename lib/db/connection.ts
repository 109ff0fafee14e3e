/**
 * Which database a command talks to: DATABASE_URL when given; otherwise the embedded database,
 * reusing one that `npm run dev`/`start` is already serving, or starting it for this command.
 */
import { readEnv } from "@/lib/env";
import { findRunningEmbeddedDatabase, startEmbeddedDatabase } from "./embedded";

export type DatabaseHandle = { url: string; isEmbedded: boolean; release: () => Promise<void> };

export async function openDatabase(): Promise<DatabaseHandle> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, isEmbedded: false, release: async () => {} };
  }
  const runningUrl = await findRunningEmbeddedDatabase(env.EMBEDDED_DATA_DIR);
  if (runningUrl) {
    return { url: runningUrl, isEmbedded: true, release: async () => {} };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_DATA_DIR });
  return { url: embedded.url, isEmbedded: true, release: embedded.stop };
}
