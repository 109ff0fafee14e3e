// Prisma CLI configuration. Only `prisma generate` runs here (see docs/decisions/0001-sql-migrations.md);
// the connection URL is for tools that need one where Prisma's engines can be downloaded.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
