import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { PrismaClient as PgPrismaClient } from "../generated/prisma-pg/client.ts";
import type { ArgsFit, ModelNamesMatch, RowsMatch } from "./db-shape";
import { databaseProvider, env } from "./env";

// Two generated clients, one per provider (prisma/schema.prisma and the
// generated prisma/postgresql/schema.prisma) with the same models, so all
// data access is written once against the SQLite client's type;
// server/platform/db-shape.ts proves at compile time that the PostgreSQL client
// accepts everything that type allows, which makes the cast below safe.
type _ShapesProven = [ModelNamesMatch, RowsMatch, ArgsFit];
type SqliteClient = PrismaClient;

// Tests that count or explain the SQL a page issues (server/reader/query-counts.test.ts,
// server/reader/query-plans.test.ts) set this listener before the module loads.
type QueryListener = (event: { query: string; params: string; duration: number }) => void;
const onQuery = (globalThis as { hindsightOnQuery?: QueryListener }).hindsightOnQuery;
const log = onQuery ? [{ emit: "event" as const, level: "query" as const }] : undefined;

function createClient(): SqliteClient {
  if (databaseProvider() === "postgresql") {
    const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL }), log });
    if (onQuery) client.$on("query" as never, onQuery as never);
    return client as unknown as SqliteClient;
  }
  // better-sqlite3 waits this long on a locked database before failing, which
  // covers a CLI import running beside the web server.
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 10_000 });
  const client = new PrismaClient({ adapter, log });
  if (onQuery) client.$on("query" as never, onQuery as never);
  return client;
}

// One client per process; dev-mode hot reload would otherwise open a new
// connection on every edit.
const globalForPrisma = globalThis as unknown as { hindsightPrisma?: SqliteClient };
export const db = globalForPrisma.hindsightPrisma ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.hindsightPrisma = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export { Prisma } from "../generated/prisma/client.ts";
export { databaseProvider } from "./env";
