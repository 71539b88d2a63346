import "server-only";
import { audit, auditRefused, type AuditEntry } from "@/server/auth/audit";
import type { Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/platform/db";
import { AppError, notFound } from "@/server/platform/errors";

// One version per rumor guards the rumor and all its claims: every write to
// either carries the version the editor saw and bumps it (issue 12). Two
// editors working on the same rumor, through any of its claims, cannot
// overwrite each other unknowingly.

const rumorSelect = {
  id: true,
  version: true,
  statement: true,
  eventId: true,
  deadline: true,
  confirmedIf: true,
  refutedIf: true,
  criteriaChangedAt: true,
  outcomeAt: true,
  voidedAt: true,
  voidReason: true,
  currentVerdict: { select: { id: true, rating: true, rationale: true, publishedAt: true } },
} as const;

const claimSelect = {
  id: true,
  rumorId: true,
  statement: true,
  attributedTo: true,
  stance: true,
  relayedFromId: true,
  certainty: true,
  publishedAt: true,
  overrideVerdict: { select: { id: true, rating: true, rationale: true, publishedAt: true } },
} as const;

/** What the audit log and a conflict answer show of a rumor. */
export async function rumorSnapshot(tx: Tx | typeof db, id: string) {
  return tx.rumor.findUnique({ where: { id }, select: rumorSelect });
}

/** What the audit log shows of a claim. */
export async function claimSnapshot(tx: Tx | typeof db, id: string) {
  return tx.claim.findUnique({ where: { id }, select: claimSelect });
}

class StaleWrite extends AppError {
  constructor(current: NonNullable<Awaited<ReturnType<typeof rumorSnapshot>>>) {
    super(
      "conflict",
      `Someone else changed this claim or its rumor while you were working on it (it is now at version ${current.version}). Reload to see their change; your input is kept.`,
      undefined,
      { currentVersion: current.version, current },
    );
  }
}

/**
 * Compare-and-swap on the rumor's version: bumps it when it still equals
 * `expected` (any version when `expected` is undefined), otherwise throws
 * StaleWrite with the current state. Atomic, so of two concurrent writes
 * based on the same version exactly one gets through. Returns the new version.
 */
export async function bumpRumorVersion(tx: Tx, id: string, expected: number | undefined): Promise<number> {
  const updated = await tx.rumor.updateMany({
    where: { id, ...(expected === undefined ? {} : { version: expected }) },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) {
    const current = await rumorSnapshot(tx, id);
    if (!current) throw notFound("The rumor");
    throw new StaleWrite(current);
  }
  const row = await tx.rumor.findUniqueOrThrow({ where: { id }, select: { version: true } });
  return row.version;
}

/** The rumor a claim belongs to; throws not_found for an unknown claim. */
export async function rumorOfClaim(tx: Tx | typeof db, claimId: string): Promise<string> {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { rumorId: true } });
  if (!claim) throw notFound("The claim");
  return claim.rumorId;
}

/**
 * Runs a rumor write in one transaction. A stale attempt is refused, and
 * recorded in the audit log as refused (with what the editor sent), after
 * the failed transaction rolled back.
 */
export async function rumorWrite<T>(actor: Actor | null | undefined, attempt: Omit<AuditEntry, "outcome">, fn: (tx: Tx) => Promise<T>): Promise<T> {
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
