import "server-only";
import type { NotificationKind } from "@/lib/contracts/notes";
import type { Tx } from "@/server/platform/db";

// The one way to notify an editor (ADR 0029). Call it inside the transaction
// of the change that causes it, so the notification exists exactly when the
// change does: assignment, review requests and their answers, mentions, and
// the past-deadline sweep all come through here.

export type NotifyInput = {
  /** The recipient. */
  userId: string;
  kind: NotificationKind;
  /** Who caused it; nobody is notified of their own act. Null or absent: the system. */
  actorId?: string | null;
  /** The subject: a claim, an article or a rumor (a note belongs to one of the first two). */
  claimId?: string | null;
  articleId?: string | null;
  rumorId?: string | null;
  noteId?: string | null;
  /**
   * At most one notification ever carries this key (e.g. "past-deadline:<rumor>:<user>"):
   * a second notify() with it does nothing. For notifications computed again and again.
   */
  dedupeKey?: string;
};

/** Creates the notification; answers its id, or null when nothing was due (self, or a repeated key). */
export async function notify(tx: Tx, input: NotifyInput): Promise<string | null> {
  if (input.actorId && input.actorId === input.userId) return null;
  if (!input.claimId && !input.articleId && !input.rumorId) throw new Error("notify(): a notification needs a claim, an article or a rumor.");
  if (input.dedupeKey && (await tx.notification.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } }))) return null;
  const row = await tx.notification.create({
    data: {
      userId: input.userId,
      kind: input.kind,
      actorId: input.actorId ?? null,
      claimId: input.claimId ?? null,
      articleId: input.articleId ?? null,
      rumorId: input.rumorId ?? null,
      noteId: input.noteId ?? null,
      dedupeKey: input.dedupeKey ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Many recipients of one event (e.g. every editor mentioned in a note). */
export async function notifyEach(tx: Tx, userIds: Iterable<string>, input: Omit<NotifyInput, "userId">) {
  const ids: string[] = [];
  for (const userId of new Set(userIds)) {
    const id = await notify(tx, { ...input, userId });
    if (id) ids.push(id);
  }
  return ids;
}
