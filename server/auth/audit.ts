import "server-only";
import { insertRows, newId } from "@/server/platform/bulk-insert";
import { db, type Tx } from "@/server/platform/db";
import type { Actor } from "./session";

export type AuditEntry = {
  action: string;
  entityType: "article" | "claim" | "rumor" | "evidence" | "verdict" | "event" | "user" | "view" | "note" | "feed" | "feed-item" | "webhook" | "settings";
  entityId: string;
  claimId?: string | null;
  rumorId?: string | null;
  before?: unknown;
  after?: unknown;
  outcome?: "ok" | "refused";
};

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Appends to the audit log. Pass the transaction that makes the change, so
 * the change and its record commit or roll back together. `actor` null is
 * the system (seed, CLI import without an account).
 */
export async function audit(tx: Tx, actor: Actor | null | undefined, entry: AuditEntry) {
  await tx.auditEvent.create({ data: row(actor, entry) });
}

/** Many entries in multi-row statements, for bulk writes such as a large import; `at` is their common time. */
export async function auditMany(tx: Tx, actor: Actor | null | undefined, entries: AuditEntry[], at = new Date()) {
  await insertRows(
    tx,
    "AuditEvent",
    entries.map((entry) => ({ id: newId(), at, ...row(actor, entry) })),
  );
}

function row(actor: Actor | null | undefined, entry: AuditEntry) {
  return {
    // The account and its email as they are now; never the display name its owner chose.
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    claimId: entry.claimId ?? null,
    rumorId: entry.rumorId ?? null,
    outcome: entry.outcome ?? "ok",
    before: json(entry.before),
    after: json(entry.after),
  };
}

/** Records an attempt that was refused (a stale write): on its own, since the change itself rolled back. */
export async function auditRefused(actor: Actor | null | undefined, entry: Omit<AuditEntry, "outcome">) {
  await db.$transaction((tx) => audit(tx, actor, { ...entry, outcome: "refused" }));
}

/**
 * A claim's whole trail, newest first, for the desk: its own changes and
 * those of its rumor (evidence, verdicts, merges) — or a rumor's, with
 * `claimId` null.
 */
export async function listClaimAudit(claimId: string | null, rumorId?: string) {
  const rows = await db.auditEvent.findMany({
    // The rumor's own rows (claimId null), not those of its other claims.
    where: { OR: [...(claimId ? [{ claimId }] : []), ...(rumorId ? [{ rumorId, claimId: null }] : [])] },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 500,
    select: { id: true, at: true, actorId: true, actorEmail: true, action: true, entityType: true, entityId: true, outcome: true, before: true, after: true },
  });
  return rows.map((r) => ({ ...r, before: r.before ? (JSON.parse(r.before) as unknown) : null, after: r.after ? (JSON.parse(r.after) as unknown) : null }));
}
