import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/server/platform/db";

// Better Auth's per-address limiter, counted in its `RateLimit` table by one
// conditional UPDATE per request. Its own database storage reads and then
// updates inside an interactive transaction, which SQLite refuses at once
// (SQLITE_BUSY, no waiting) when another app server wrote in between: under a
// burst across two servers that became a 500. A single statement waits its
// turn instead, on SQLite and PostgreSQL alike (ADR 0021).

let prunedAt = 0;
const LONGEST_WINDOW_MS = 60 * 60_000;

export const rateLimitStorage = {
  async consume(key: string, rule: { window: number; max: number }) {
    const now = Date.now();
    const windowStart = BigInt(now - rule.window * 1000);
    if (now - prunedAt > 60_000) {
      prunedAt = now;
      await db.rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - LONGEST_WINDOW_MS) } } });
    }
    await db.$executeRaw`INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 0, ${0n}) ON CONFLICT ("key") DO NOTHING`;
    const counted = await db.$executeRaw`
      UPDATE "RateLimit"
      SET "count" = CASE WHEN "lastRequest" <= ${windowStart} THEN 1 ELSE "count" + 1 END, "lastRequest" = ${BigInt(now)}
      WHERE "key" = ${key} AND ("count" < ${rule.max} OR "lastRequest" <= ${windowStart})`;
    if (counted === 1) return { allowed: true, retryAfter: null };
    const row = await db.rateLimit.findUnique({ where: { key }, select: { lastRequest: true } });
    const retryAfter = row ? Math.max(1, Math.ceil((Number(row.lastRequest) + rule.window * 1000 - now) / 1000)) : rule.window;
    return { allowed: false, retryAfter };
  },
};
