import "server-only";
import { AssignSchema } from "@/lib/schemas/review";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db } from "@/server/platform/db";
import { notifyAssigned } from "@/server/notifications/workflow-events";
import { invalid, notFound, parseInput } from "@/server/platform/errors";

// Who works on what (ADR 0028). Assigning changes no content, so it does not
// bump the rumor's version: an assignment never turns a colleague's verdict
// into a 409. Last write wins; the audit log keeps every one.

type AssignKind = "claim" | "article";
type Assignment = { id: string; kind: AssignKind; assignee: { id: string; name: string; email: string } | null };

const personSelect = { id: true, name: true, email: true } as const;

/** Editors and admins who can be assigned work: every account not disabled. */
export async function listAssignableEditors(actor?: Actor | null) {
  if (actor === undefined) await requireEditor();
  return db.user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { email: "asc" }], select: personSelect });
}

/**
 * Assigns a claim or an article to an editor (`assigneeId`), or unassigns it
 * (`assigneeId: null`), with its audit row in the same transaction. Callers:
 * the desk, the API, bulk actions.
 */
export async function assign(kind: AssignKind, id: string, input: unknown, actor?: Actor | null): Promise<Assignment> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { assigneeId } = parseInput(AssignSchema, input);
  return db.$transaction(async (tx) => {
    const assignee = assigneeId ? await tx.user.findFirst({ where: { id: assigneeId, disabledAt: null }, select: personSelect }) : null;
    if (assigneeId && !assignee) throw invalid("Choose an active editor to assign.", { assigneeId: ["No active editor has this id."] });
    const data = { assigneeId: assignee?.id ?? null };
    let before: string | null;
    let scope: { claimId?: string; rumorId?: string } = {};
    if (kind === "claim") {
      const found = await tx.claim.findUnique({ where: { id }, select: { assigneeId: true, rumorId: true } });
      if (!found) throw notFound("The claim");
      await tx.claim.update({ where: { id }, data });
      before = found.assigneeId;
      scope = { claimId: id, rumorId: found.rumorId };
    } else {
      const found = await tx.article.findUnique({ where: { id }, select: { assigneeId: true } });
      if (!found) throw notFound("The article");
      await tx.article.update({ where: { id }, data });
      before = found.assigneeId;
    }
    await audit(tx, who, {
      action: `${kind}.${assignee ? "assign" : "unassign"}`,
      entityType: kind,
      entityId: id,
      ...scope,
      before: { assigneeId: before },
      after: { assigneeId: assignee?.id ?? null, assigneeEmail: assignee?.email ?? null },
    });
    if (assignee && assignee.id !== before) await notifyAssigned(tx, assignee.id, kind === "claim" ? { claimId: id } : { articleId: id }, who?.id ?? null);
    return { id, kind, assignee };
  });
}
