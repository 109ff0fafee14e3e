/**
 * Environment variables, read through one zod schema with messages that name the variable.
 * A call parses again only when one of the schema's variables changed since the last call (a
 * page asks several times a request, tests change variables between calls); callers read it
 * when they start or when they create their database client. DATABASE_URL is optional: without it the commands start the embedded
 * PGlite database under .data/ (see lib/db/embedded.ts).
 */
import path from "node:path";
import { z } from "zod";

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL");

const envSchema = z.object({
  DATABASE_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  /**
   * A streaming replica of DATABASE_URL (PostgreSQL hot standby). When set, the app's reads
   * (pages, search, API, readiness) go there; migrations and seeding always use DATABASE_URL,
   * the primary. A replica without a primary means nothing: DATABASE_URL must be set too.
   */
  DATABASE_REPLICA_URL: z.preprocess((value) => (value === "" ? undefined : value), postgresUrl.optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Where the public reaches the archive (https://archive.example.org; only the origin is kept),
   * for the absolute links the app hands out: the OpenSearch description, page alternates,
   * permalinks, citations and sharing metadata. Never taken from the request's Host header, which
   * a client chooses. Without it: http://localhost:PORT.
   */
  PUBLIC_ORIGIN: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) origin such as https://archive.example.org" })
      .transform((value) => new URL(value).origin)
      .optional(),
  ),
  /**
   * The app's reads are bounded: PostgreSQL cancels a statement that runs longer than this, and
   * the client gives up a little later even when the server does not answer at all (hung, or
   * PGlite, which cannot cancel). The page then says so; the API answers 503.
   */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** How long the app waits to open a connection, or for a free one from its pool. */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** An unused connection is closed after this long. */
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(10_000),
  /** Connections per web node. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Where the embedded database keeps its files. */
  EMBEDDED_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** How long `npm start`/`npm run dev` lets Next.js finish its requests on SIGTERM/SIGINT before killing it. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** The least severe log line written (pino's levels); "silent" writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * More folders of source documents to load, besides seeds/, when an empty archive is seeded at
   * start (the browser tests add their fixtures this way). Separated like PATH.
   */
  EXTRA_SEED_DIRS: z
    .string()
    .default("")
    .transform((value) => value.split(path.delimiter).filter((dir) => dir.trim() !== "")),
});

export type Env = z.infer<typeof envSchema>;

const checkedEnvSchema = envSchema.superRefine((env, context) => {
  if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL) {
    context.addIssue({
      code: "custom",
      path: ["DATABASE_REPLICA_URL"],
      message: "needs DATABASE_URL (the primary, where migrations and seeding write) to be set too",
    });
  }
});

/** The origin of absolute links: PUBLIC_ORIGIN, or the local address when it is not set. */
export function publicOrigin(env: Env = readEnv()): string {
  return env.PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`;
}

export class EnvError extends Error {}

const ENV_NAMES = Object.keys(envSchema.shape);
let lastRead: { key: string; env: Env } | undefined;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // The values the schema reads, as one string: the same values parse to the same result.
  const key = JSON.stringify(ENV_NAMES.map((name) => source[name] ?? null));
  if (lastRead?.key === key) return lastRead.env;
  const result = checkedEnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  lastRead = { key, env: result.data };
  return result.data;
}
