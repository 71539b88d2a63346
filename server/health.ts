import "server-only";
import { db } from "./db";
import { databaseProvider, env } from "./env";
import { readerGeneration } from "./reader-cache";

export type Health = { ok: boolean; database: "sqlite" | "postgresql"; readerCache: "on" | "off" | "unavailable" };

/**
 * For load balancers and monitoring (docs/deploy.md): can this process reach
 * its database, and can it tell the reader generation (if not, it serves
 * correctly but uncached, so it is slower, not wrong)?
 */
export async function health(): Promise<Health> {
  const database = databaseProvider();
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database, readerCache: "unavailable" };
  }
  if (env.HINDSIGHT_READER_CACHE === "off") return { ok: true, database, readerCache: "off" };
  return { ok: true, database, readerCache: (await readerGeneration()) === null ? "unavailable" : "on" };
}
