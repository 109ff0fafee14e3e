/**
 * Which database the app reads from. The web nodes only read (the reader's preferences are
 * cookies; documents arrive through `npm run seed`), so with a streaming replica configured every
 * read of the app goes there, and the primary is left to migrations and loading, which
 * scripts/serve.ts and the commands run against DATABASE_URL. A replica may lag the primary by
 * the time it takes to replay the primary's WAL (usually well under a second): a document just
 * loaded can be missing from pages, search and the API for that long.
 */
import type { Env } from "@/lib/env";

export type ReadTarget = { url: string; kind: "replica" | "primary" };

/** The app's read database, or null when no server is configured (the commands provide one). */
export function readTarget(env: Pick<Env, "DATABASE_URL" | "DATABASE_REPLICA_URL">): ReadTarget | null {
  if (env.DATABASE_REPLICA_URL) return { url: env.DATABASE_REPLICA_URL, kind: "replica" };
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, kind: "primary" };
  return null;
}
