/**
 * Environment variables, read through one zod schema with messages that name the variable.
 * Each call parses afresh (it is cheap); callers read it when they start or when they create
 * their database client. DATABASE_URL is optional: without it the commands start the embedded
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
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded database keeps its files. */
  EMBEDDED_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /**
   * More folders of source documents to load, besides seeds/, when an empty archive is seeded at
   * start (the browser tests add their fixtures this way). Separated like PATH.
   */
  /**
   * The public origin of the site (https://host, no path), for permalinks, citations and
   * OpenGraph URLs; when unset, the host of each request.
   */
  PUBLIC_URL: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.url({ protocol: /^https?$/ }).transform((url) => new URL(url).origin).optional(),
  ),
  EXTRA_SEED_DIRS: z
    .string()
    .default("")
    .transform((value) => value.split(path.delimiter).filter((dir) => dir.trim() !== "")),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
  }
  return result.data;
}
