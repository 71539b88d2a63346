import "server-only";
import type { NoteRow, NoteWritten } from "@/lib/contracts/notes";
import { mentionIds } from "@/lib/notes/mentions";
import { NoteCreateSchema, NoteUpdateSchema } from "@/lib/schemas/note";
import { audit, auditRefused } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { namesOf } from "@/server/notifications/editors";
import { notifyEach } from "@/server/notifications/notify";
import { db, type Tx } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";

// Internal notes (issue 14): a thread per claim and per article, for signed-in
// editors only — nothing under server/reader reads this table. Each author
// edits and deletes their own notes; every write is audited in its
// transaction and notifies the colleagues it newly mentions.

export type NoteTarget = { claimId: string } | { articleId: string };

const where = (target: NoteTarget) => ("claimId" in target ? { claimId: target.claimId } : { articleId: target.articleId });

async function assertTarget(target: NoteTarget) {
  const found =
    "claimId" in target
      ? await db.claim.findUnique({ where: { id: target.claimId }, select: { id: true } })
      : await db.article.findUnique({ where: { id: target.articleId }, select: { id: true } });
  if (!found) throw notFound("claimId" in target ? "The claim" : "The article");
}

export async function listNotes(target: NoteTarget, actor?: Actor): Promise<NoteRow[]> {
  const me = actor ?? (await requireEditor());
  await assertTarget(target);
  const notes = await db.note.findMany({
    where: { ...where(target), deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, body: true, authorId: true, version: true, createdAt: true, editedAt: true, mentions: { select: { userId: true } } },
  });
  const names = await namesOf(notes.flatMap((n) => [n.authorId, ...n.mentions.map((m) => m.userId)]));
  const ref = (id: string) => names.get(id) ?? { id, name: "A former colleague" };
  return notes.map((n) => ({
    id: n.id,
    body: n.body,
    author: ref(n.authorId),
    mentions: n.mentions.map((m) => ref(m.userId)),
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    editedAt: n.editedAt?.toISOString() ?? null,
    mine: n.authorId === me.id,
  }));
}

/** The ids a body mentions, each an active account; anything else is refused before writing. */
async function mentionedUsers(body: string): Promise<string[]> {
  const ids = mentionIds(body);
  if (ids.length === 0) return ids;
  if (ids.length > 20) throw invalid("Mention at most 20 colleagues in one note.", { body: ["Too many mentions."] });
  const found = await db.user.findMany({ where: { id: { in: ids }, disabledAt: null }, select: { id: true } });
  if (found.length !== ids.length) throw invalid("The note mentions someone who is not an active colleague.", { body: ["Unknown colleague mentioned."] });
  return ids;
}

const subjectOf = (note: { claimId: string | null; articleId: string | null }) => ({ claimId: note.claimId, articleId: note.articleId });

async function notifyMentions(tx: Tx, noteId: string, note: { claimId: string | null; articleId: string | null }, userIds: string[], actor: Actor) {
  await notifyEach(tx, userIds, { kind: "mention", actorId: actor.id, noteId, ...subjectOf(note) });
}

export async function createNote(target: NoteTarget, input: unknown, actor?: Actor): Promise<NoteWritten> {
  const me = actor ?? (await requireEditor());
  const { body } = parseInput(NoteCreateSchema, input);
  await assertTarget(target);
  const mentioned = await mentionedUsers(body);
  return db.$transaction(async (tx) => {
    const note = await tx.note.create({
      data: { ...where(target), authorId: me.id, body, mentions: { create: mentioned.map((userId) => ({ userId })) } },
      select: { id: true, version: true, claimId: true, articleId: true },
    });
    await notifyMentions(tx, note.id, note, mentioned, me);
    await audit(tx, me, {
      action: "note.create",
      entityType: "note",
      entityId: note.id,
      claimId: note.claimId,
      after: { ...subjectOf(note), body, mentions: mentioned },
    });
    return { id: note.id, version: note.version };
  });
}

/** The note, if the actor may change it: its author only. */
async function ownNote(id: string, me: Actor) {
  const note = await db.note.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, authorId: true, body: true, version: true, claimId: true, articleId: true, mentions: { select: { userId: true } } },
  });
  if (!note) throw notFound("The note");
  if (note.authorId !== me.id) throw new AppError("forbidden", "Only its author can change a note.");
  return note;
}

export async function updateNote(id: string, input: unknown, actor?: Actor): Promise<NoteWritten> {
  const me = actor ?? (await requireEditor());
  const { body, version } = parseInput(NoteUpdateSchema, input);
  const note = await ownNote(id, me);
  const mentioned = await mentionedUsers(body);
  const entry = { action: "note.edit", entityType: "note" as const, entityId: id, claimId: note.claimId };
  const stale = () => new AppError("conflict", "The note was changed meanwhile; reload it and edit again.", undefined, { version: note.version });
  if (note.version !== version) {
    await auditRefused(me, { ...entry, before: { version }, after: { body } });
    throw stale();
  }
  const before = note.mentions.map((m) => m.userId);
  const result = await db.$transaction(async (tx) => {
    const { count } = await tx.note.updateMany({ where: { id, version, deletedAt: null }, data: { body, version: { increment: 1 }, editedAt: new Date() } });
    if (count === 0) return null;
    await tx.noteMention.deleteMany({ where: { noteId: id } });
    if (mentioned.length > 0) await tx.noteMention.createMany({ data: mentioned.map((userId) => ({ noteId: id, userId })) });
    // Whoever is no longer mentioned loses the notification; whoever is newly mentioned gets one.
    await tx.notification.deleteMany({ where: { noteId: id, kind: "mention", userId: { notIn: mentioned } } });
    await notifyMentions(
      tx,
      id,
      note,
      mentioned.filter((u) => !before.includes(u)),
      me,
    );
    await audit(tx, me, { ...entry, before: { body: note.body, mentions: before }, after: { body, mentions: mentioned } });
    return { id, version: version + 1 };
  });
  if (!result) {
    await auditRefused(me, { ...entry, before: { version }, after: { body } });
    throw stale();
  }
  return result;
}

/**
 * A soft delete: the row stays for the record (its text is in the audit log
 * too), the thread, the notifications and the digests leave it out.
 */
export async function deleteNote(id: string, actor?: Actor): Promise<void> {
  const me = actor ?? (await requireEditor());
  const note = await ownNote(id, me);
  await db.$transaction(async (tx) => {
    const { count } = await tx.note.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) throw notFound("The note");
    await tx.notification.deleteMany({ where: { noteId: id } });
    await audit(tx, me, { action: "note.delete", entityType: "note", entityId: id, claimId: note.claimId, before: { ...subjectOf(note), body: note.body } });
  });
}
