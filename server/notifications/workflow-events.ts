import "server-only";
import type { Tx } from "@/server/platform/db";
import { notify, notifyEach } from "./notify";

// The team workflow's notifications (issue 14, ADR 0028/0029), called inside
// the transaction of the step that causes them.

type Subject = { rumorId: string; claimId: string | null };

/** A verdict was sent for review: every other active editor may review it. */
export async function notifyReviewers(tx: Tx, subject: Subject, authorId: string | null, actorId: string | null) {
  const editors = await tx.user.findMany({
    where: { disabledAt: null, id: { notIn: [authorId, actorId].filter((id): id is string => !!id) } },
    select: { id: true },
  });
  return notifyEach(
    tx,
    editors.map((e) => e.id),
    { kind: "review-requested", actorId, ...(await subjectOf(tx, subject)) },
  );
}

/** A reviewer sent the verdict back: its author is told. */
export async function notifyChangesRequested(tx: Tx, subject: Subject, authorId: string | null, actorId: string | null) {
  if (!authorId) return null;
  return notify(tx, { userId: authorId, kind: "changes-requested", actorId, ...(await subjectOf(tx, subject)) });
}

/** Something was assigned to an editor. */
export async function notifyAssigned(tx: Tx, assigneeId: string, target: { claimId?: string; articleId?: string }, actorId: string | null) {
  return notify(tx, { userId: assigneeId, kind: "assigned", actorId, ...target });
}

// A rumor's verdict is shown on its first claim's desk page, so the
// notification links there when the verdict is not a per-claim override.
async function subjectOf(tx: Tx, { rumorId, claimId }: Subject) {
  if (claimId) return { rumorId, claimId };
  const first = await tx.claim.findFirst({ where: { rumorId }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return { rumorId, claimId: first?.id ?? null };
}
