import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/platform/db";

/** Sign-in attempts per email address without a success, and how long the address is then locked. */
export const LOCKOUT = { attempts: 5, minutes: 15 } as const;
const WINDOW_MS = LOCKOUT.minutes * 60_000;

// Keyed by the address as typed (lower-cased, as Better Auth looks it up),
// whether or not an account has it: the lock then answers alike for every
// address and reveals nothing about which accounts exist.
export const guardKey = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("hex");

/**
 * Counts an attempt before its password is checked, in one conditional
 * UPDATE: at most LOCKOUT.attempts attempts without a success are let
 * through, however many arrive at once and on however many app servers
 * (SQLite serializes writers; PostgreSQL re-checks the WHERE on the row it
 * locked). A count older than the window starts over. False: refused
 * unchecked, and the lock is engaged.
 */
export async function claimAttempt(key: string, now = Date.now()): Promise<boolean> {
  const at = BigInt(now);
  const stale = BigInt(now - WINDOW_MS);
  await pruneNowAndThen(now);
  await db.$executeRaw`INSERT INTO "SignInGuard" ("key", "attempts", "lastAttempt") VALUES (${key}, 0, ${0n}) ON CONFLICT ("key") DO NOTHING`;
  const claimed = await db.$executeRaw`
    UPDATE "SignInGuard"
    SET "attempts" = CASE WHEN "lastAttempt" <= ${stale} THEN 1 ELSE "attempts" + 1 END, "lastAttempt" = ${at}
    WHERE "key" = ${key}
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${at})
      AND ("attempts" < ${LOCKOUT.attempts} OR "lastAttempt" <= ${stale})`;
  if (claimed === 1) return true;
  // One attempt too many: locked from now on, for the whole window.
  await db.$executeRaw`
    UPDATE "SignInGuard" SET "lockedUntil" = ${BigInt(now + WINDOW_MS)}
    WHERE "key" = ${key} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${at})`;
  return false;
}

/** A right password: the count starts over, unless a lock engaged meanwhile (then the success is refused). */
export async function releaseAttempts(key: string, now = Date.now()) {
  await db.signInGuard.updateMany({
    where: { key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: BigInt(now) } }] },
    data: { attempts: 0, lockedUntil: null },
  });
}

/** When the lock on `key` ends, or null when it is not locked. */
export async function lockedUntil(key: string, now = Date.now()): Promise<Date | null> {
  const row = await db.signInGuard.findUnique({ where: { key }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil > BigInt(now) ? new Date(Number(row.lockedUntil)) : null;
}

/** The locks on these emails (for the admins' account list). */
export async function locksOf(emails: string[], now = Date.now()): Promise<Map<string, Date>> {
  const keys = new Map(emails.map((e) => [guardKey(e), e]));
  const rows = await db.signInGuard.findMany({ where: { key: { in: [...keys.keys()] }, lockedUntil: { gt: BigInt(now) } } });
  return new Map(rows.map((r) => [keys.get(r.key)!, new Date(Number(r.lockedUntil))]));
}

/** An admin's password reset ends a lock. */
export async function clearAttempts(email: string) {
  await db.signInGuard.deleteMany({ where: { key: guardKey(email) } });
}

// Made-up addresses leave rows behind; drop those past their window, at most
// once a minute per process.
let prunedAt = 0;
async function pruneNowAndThen(now: number) {
  if (now - prunedAt < 60_000) return;
  prunedAt = now;
  const stale = BigInt(now - WINDOW_MS);
  await db.signInGuard.deleteMany({ where: { lastAttempt: { lte: stale }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: BigInt(now) } }] } });
}
