/**
 * Runs `prisma generate`. The Prisma CLI tries to download its schema engine at start even though
 * generate does not need it; where that host cannot be reached (these machines), pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download. Where a real engine is
 * configured or downloadable, nothing is overridden.
 */
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
