import "server-only";
import type { BulkItemResult, BulkReport } from "@/lib/contracts/desk-lists";
import { BulkActionSchema, type BulkActionName } from "@/lib/schemas/desk-list";
import { audit, type AuditEntry } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged, type ReaderChange } from "@/server/cache/reader-cache";
import { db, type Tx } from "@/server/platform/db";
import { AppError, parseInput } from "@/server/platform/errors";

type BulkInput = ReturnType<typeof BulkActionSchema.parse>;

/** What one claim's step did: changed it, or found nothing to change. */
export type StepOutcome = "ok" | "unchanged";

/**
 * One bulk action. `prepare` checks what the action needs beside the claims
 * (the event, the rumor) once, and refuses the whole request when it is
 * missing. `apply` changes one claim inside the shared transaction, writing
 * its own audit row; it refuses that claim by throwing an AppError (a
 * broken rule, an unknown claim). `refusal` is the audit row of a refused claim.
 */
export type BulkAction = {
  prepare?: (tx: Tx, input: BulkInput) => Promise<void>;
  apply: (tx: Tx, who: Actor | null, claimId: string, input: BulkInput) => Promise<StepOutcome>;
  refusal: (claimId: string, input: BulkInput) => Omit<AuditEntry, "outcome">;
  /** What readers' caches must forget once the transaction committed; absent: nothing readers see changed. */
  changed?: (claimIds: string[], input: BulkInput) => ReaderChange;
};

// A savepoint per claim: a refused claim's half-made change is undone
// without giving up the others (ADR 0030). Both SQLite and PostgreSQL know
// SAVEPOINT inside a transaction; after an error PostgreSQL accepts nothing
// but the rollback to it, which is exactly what follows.
const SAVEPOINT = "hindsight_bulk_item";

/**
 * Runs `action` on every claim in ONE transaction: each claim is tried in
 * turn; those that pass are applied, those refused are rolled back to their
 * savepoint and reported with the reason (and audited as refused). Any other
 * error (the database's) rolls the whole transaction back: nothing is applied.
 */
export async function runBulk(action: BulkAction, name: BulkActionName, input: unknown, actor?: Actor | null): Promise<BulkReport> {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(BulkActionSchema, input);
  const claimIds = [...new Set(data.claimIds)];
  const items = await db.$transaction(
    async (tx) => {
      await action.prepare?.(tx, data);
      const out: BulkItemResult[] = [];
      for (const claimId of claimIds) {
        await tx.$executeRawUnsafe(`SAVEPOINT ${SAVEPOINT}`);
        try {
          const outcome = await action.apply(tx, who, claimId, data);
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          out.push(outcome === "ok" ? { claimId, outcome } : { claimId, outcome: "ok", reason: "Nothing to change." });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          await tx.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
          await tx.$executeRawUnsafe(`RELEASE SAVEPOINT ${SAVEPOINT}`);
          await audit(tx, who, { ...action.refusal(claimId, data), outcome: "refused", after: { bulk: name, reason: error.message, input: data } });
          out.push({ claimId, outcome: "refused", reason: error.message });
        }
      }
      return out;
    },
    // Up to 200 claims, each a few statements: longer than the default 5 s under load.
    { timeout: 60_000, maxWait: 10_000 },
  );
  const applied = items.filter((i) => i.outcome === "ok" && !i.reason).map((i) => i.claimId);
  if (applied.length && action.changed) readerChanged(action.changed(applied, data));
  const ok = items.filter((i) => i.outcome === "ok").length;
  return { action: name, ok, refused: items.length - ok, items };
}
