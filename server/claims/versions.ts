import "server-only";
import { audit, auditRefused, type AuditEntry } from "@/server/auth/audit";
import { db, type Tx } from "@/server/platform/db";
import { AppError, notFound } from "@/server/platform/errors";
import type { Actor } from "@/server/auth/session";

const snapshotSelect = {
  id: true,
  version: true,
  statement: true,
  attributedTo: true,
  eventId: true,
  deadline: true,
  publishedAt: true,
  currentVerdict: { select: { id: true, rating: true, rationale: true, publishedAt: true } },
} as const;

/** What the audit log and a conflict answer show of a claim. */
export async function claimSnapshot(tx: Tx | typeof db, id: string) {
  return tx.claim.findUnique({ where: { id }, select: snapshotSelect });
}

class StaleWrite extends AppError {
  constructor(current: NonNullable<Awaited<ReturnType<typeof claimSnapshot>>>) {
    super(
      "conflict",
      `Someone else changed this claim while you were working on it (it is now at version ${current.version}). Reload to see their change; your input is kept.`,
      undefined,
      { currentVersion: current.version, current },
    );
  }
}

/**
 * Compare-and-swap on the claim's version: bumps it when it still equals
 * `expected` (any version when `expected` is undefined), otherwise throws
 * StaleWrite with the current state. Atomic, so of two concurrent writes
 * based on the same version exactly one gets through.
 */
export async function bumpClaimVersion(tx: Tx, id: string, expected: number | undefined) {
  const updated = await tx.claim.updateMany({
    where: { id, ...(expected === undefined ? {} : { version: expected }) },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = await claimSnapshot(tx, id);
    if (!current) throw notFound("The claim");
    throw new StaleWrite(current);
  }
}

/**
 * Runs a claim write in one transaction. A stale attempt is refused, and
 * recorded in the audit log as refused (with what the editor sent), after
 * the failed transaction rolled back.
 */
export async function claimWrite<T>(actor: Actor | null | undefined, attempt: Omit<AuditEntry, "outcome">, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (error) {
    if (error instanceof StaleWrite) {
      const details = error.details as { current: unknown };
      await auditRefused(actor, { ...attempt, before: details.current });
    }
    throw error;
  }
}

export { audit };
