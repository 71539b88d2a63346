import "server-only";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { databaseWritable } from "@/server/platform/read-only";
import { readerGeneration } from "@/server/cache/reader-cache";

// Public (load balancers call it without credentials), so it says no more than this.
// `writable: false` appears only when writes are impossible; a healthy answer is unchanged.
export type Health = { ok: boolean; readerCache: "on" | "off" | "unavailable"; writable?: false };

/**
 * For load balancers and monitoring (docs/deploy.md): can this process reach
 * its database, can it tell the reader generation (if not, it serves
 * correctly but uncached, so it is slower, not wrong), and can it write? A
 * read-only database still serves readers, so it stays `ok` (200) and says
 * `writable: false` for monitoring: taking every server out of the load
 * balancer would take the site down for readers too.
 */
export async function health(): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, readerCache: "unavailable" };
  }
  const writable = await databaseWritable().catch(() => false);
  const readerCache = env.HINDSIGHT_READER_CACHE === "off" ? "off" : (await readerGeneration()) === null ? "unavailable" : "on";
  return writable ? { ok: true, readerCache } : { ok: true, readerCache, writable: false };
}
