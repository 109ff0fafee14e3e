/**
 * The one Prisma client of the app, over node-postgres (@prisma/adapter-pg), for a real server
 * and the embedded database alike. Kept on globalThis so that hot reloading in development does
 * not open a new pool on every edit.
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

export const prisma: PrismaClient = (globalForPrisma.prisma ??= createPrismaClient());
