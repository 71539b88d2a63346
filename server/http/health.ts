import "server-only";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { readerGeneration } from "@/server/cache/reader-cache";

// Public (load balancers call it without credentials), so it says no more than this.
export type Health = { ok: boolean; readerCache: "on" | "off" | "unavailable" };

/**
 * For load balancers and monitoring (docs/deploy.md): can this process reach
 * its database, and can it tell the reader generation (if not, it serves
 * correctly but uncached, so it is slower, not wrong)?
 */
export async function health(): Promise<Health> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, readerCache: "unavailable" };
  }
  if (env.HINDSIGHT_READER_CACHE === "off") return { ok: true, readerCache: "off" };
  return { ok: true, readerCache: (await readerGeneration()) === null ? "unavailable" : "on" };
}
