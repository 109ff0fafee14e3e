/**
 * The one Prisma client of the app, over node-postgres (@prisma/adapter-pg), for a real server
 * and the embedded database alike. Created on first use, not at import: `next build` imports
 * pages without a database. Kept on globalThis so hot reloading in development does not open a
 * new pool on every edit.
 */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readEnv } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPrismaClient(): PrismaClient {
  const { DATABASE_URL } = readEnv();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL }) });
}

function client(): PrismaClient {
  return (globalForPrisma.prisma ??= createPrismaClient());
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const instance = client();
    const value: unknown = Reflect.get(instance, property, instance);
    return typeof value === "function" ? value.bind(instance) : value;
  },
});
