import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client.ts";
import { env } from "./env";

function createClient() {
  // better-sqlite3 waits this long on a locked database before failing, which
  // covers a CLI import running beside the web server.
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 10_000 });
  return new PrismaClient({ adapter });
}

// One client per process; dev-mode hot reload would otherwise open a new
// connection on every edit.
const globalForPrisma = globalThis as unknown as { hindsightPrisma?: ReturnType<typeof createClient> };
export const db = globalForPrisma.hindsightPrisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.hindsightPrisma = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export { Prisma } from "./generated/prisma/client.ts";
