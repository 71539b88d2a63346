import "server-only";
import { AssignSchema } from "@/lib/schemas/review";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/platform/db";
import { notifyAssigned } from "@/server/notifications/workflow-events";
import { invalid, notFound, parseInput } from "@/server/platform/errors";

// Who works on what (ADR 0028). Assigning changes no content, so it does not
// bump the rumor's version: an assignment never turns a colleague's verdict
// into a 409. Last write wins; the audit log keeps every one.

type AssignKind = "claim" | "article";
type Person = { id: string; name: string; email: string };
type Assignment = { id: string; kind: AssignKind; assignee: Person | null };

const personSelect = { id: true, name: true, email: true } as const;

/** Editors and admins who can be assigned work: every account not disabled. */
export async function listAssignableEditors(actor?: Actor | null) {
  if (actor === undefined) await requireEditor();
  return db.user.findMany({ where: { disabledAt: null }, orderBy: [{ name: "asc" }, { email: "asc" }], select: personSelect });
}

/** The active editor `assigneeId` names; refuses (invalid) any other id. */
export async function activeAssignee(tx: Tx, assigneeId: string): Promise<Person> {
  const assignee = await tx.user.findFirst({ where: { id: assigneeId, disabledAt: null }, select: personSelect });
  if (!assignee) throw invalid("Choose an active editor to assign.", { assigneeId: ["No active editor has this id."] });
  return assignee;
}

/**
 * One assignment inside the caller's transaction: the row, its audit row
 * and the assignee's notification. Answers whether anything changed
 * (`force` records an unchanged assignment too, as the single action does).
 */
export async function assignIn(tx: Tx, who: Actor | null, kind: AssignKind, id: string, assignee: Person | null, force = true): Promise<boolean> {
  const data = { assigneeId: assignee?.id ?? null };
  let before: string | null;
  let scope: { claimId?: string; rumorId?: string } = {};
  if (kind === "claim") {
    const found = await tx.claim.findUnique({ where: { id }, select: { assigneeId: true, rumorId: true } });
    if (!found) throw notFound("The claim");
    before = found.assigneeId;
    scope = { claimId: id, rumorId: found.rumorId };
  } else {
    const found = await tx.article.findUnique({ where: { id }, select: { assigneeId: true } });
    if (!found) throw notFound("The article");
    before = found.assigneeId;
  }
  if (!force && before === data.assigneeId) return false;
  if (kind === "claim") await tx.claim.update({ where: { id }, data });
  else await tx.article.update({ where: { id }, data });
  await audit(tx, who, {
    action: `${kind}.${assignee ? "assign" : "unassign"}`,
    entityType: kind,
    entityId: id,
    ...scope,
    before: { assigneeId: before },
    after: { assigneeId: assignee?.id ?? null, assigneeEmail: assignee?.email ?? null },
  });
  if (assignee && assignee.id !== before) await notifyAssigned(tx, assignee.id, kind === "claim" ? { claimId: id } : { articleId: id }, who?.id ?? null);
  return true;
}

/**
 * Assigns a claim or an article to an editor (`assigneeId`), or unassigns it
 * (`assigneeId: null`), with its audit row in the same transaction. Callers:
 * the desk, the API; bulk actions call assignIn() in theirs.
 */
export async function assign(kind: AssignKind, id: string, input: unknown, actor?: Actor | null): Promise<Assignment> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { assigneeId } = parseInput(AssignSchema, input);
  return db.$transaction(async (tx) => {
    const assignee = assigneeId ? await activeAssignee(tx, assigneeId) : null;
    await assignIn(tx, who, kind, id, assignee);
    return { id, kind, assignee };
  });
}
