import "server-only";
import type { NotificationKind, NotificationPage, NotificationRow, NotificationSettings } from "@/lib/contracts/notes";
import { noteText } from "@/lib/notes/mentions";
import { NotificationListSchema, NotificationSettingsSchema } from "@/lib/schemas/note";
import { audit } from "@/server/auth/audit";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db, type Prisma } from "@/server/platform/db";
import { smtpConfigured } from "@/server/platform/env";
import { notFound, parseInput } from "@/server/platform/errors";
import { namesOf } from "./editors";

// The signed-in editor's notifications: each editor reads and marks only
// their own (every query is scoped by the actor's id).

const PAGE = 100;

export const notificationSelect = {
  id: true,
  userId: true,
  kind: true,
  createdAt: true,
  readAt: true,
  actorId: true,
  claim: { select: { id: true, statement: true } },
  article: { select: { id: true, title: true } },
  rumor: { select: { id: true, statement: true, claims: { orderBy: { sourceAt: "asc" }, take: 1, select: { id: true } } } },
  note: { select: { id: true, body: true, mentions: { select: { userId: true } } } },
} satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

/** Rows in the contract's shape, with names as they are now. */
export async function toNotificationRows(rows: Row[]): Promise<NotificationRow[]> {
  const names = await namesOf(rows.flatMap((r) => [r.actorId, ...(r.note?.mentions.map((m) => m.userId) ?? [])]));
  return rows.flatMap((r) => {
    const anchor = r.note ? `#note-${r.note.id}` : "";
    const subject = r.claim
      ? { type: "claim" as const, id: r.claim.id, title: r.claim.statement, href: `/desk/claims/${r.claim.id}${anchor}` }
      : r.article
        ? { type: "article" as const, id: r.article.id, title: r.article.title, href: `/desk/articles/${r.article.id}${anchor}` }
        : r.rumor?.claims[0]
          ? { type: "rumor" as const, id: r.rumor.id, title: r.rumor.statement, href: `/desk/claims/${r.rumor.claims[0].id}` }
          : null;
    if (!subject) return [];
    const excerpt = r.note
      ? noteText(r.note.body, [...names.values()])
          .replace(/\s+/g, " ")
          .slice(0, 200)
      : null;
    return [
      {
        id: r.id,
        kind: r.kind as NotificationKind,
        createdAt: r.createdAt.toISOString(),
        readAt: r.readAt?.toISOString() ?? null,
        actor: (r.actorId && names.get(r.actorId)) || null,
        subject,
        excerpt,
      },
    ];
  });
}

const unreadOf = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

export async function listMyNotifications(input: unknown, actor?: Actor): Promise<NotificationPage> {
  const me = actor ?? (await requireEditor());
  const { show } = parseInput(NotificationListSchema, input ?? {});
  const rows = await db.notification.findMany({
    where: { userId: me.id, ...(show === "unread" ? { readAt: null } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: notificationSelect,
  });
  return { items: await toNotificationRows(rows), unread: await unreadOf(me.id) };
}

export async function myUnreadCount(actor?: Actor) {
  const me = actor ?? (await requireEditor());
  return { unread: await unreadOf(me.id) };
}

/** Marking read is the reader's own bookkeeping, not a change to the newsroom's work: not audited. */
export async function markRead(id: string, actor?: Actor) {
  const me = actor ?? (await requireEditor());
  const { count } = await db.notification.updateMany({ where: { id, userId: me.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0 && !(await db.notification.findFirst({ where: { id, userId: me.id }, select: { id: true } }))) throw notFound("The notification");
  return { unread: await unreadOf(me.id) };
}

export async function markAllRead(actor?: Actor) {
  const me = actor ?? (await requireEditor());
  await db.notification.updateMany({ where: { userId: me.id, readAt: null }, data: { readAt: new Date() } });
  return { unread: 0 };
}

export async function myNotificationSettings(actor?: Actor): Promise<NotificationSettings> {
  const me = actor ?? (await requireEditor());
  const row = await db.notificationSetting.findUnique({ where: { userId: me.id }, select: { emailDigest: true } });
  return { emailDigest: row?.emailDigest ?? true, emailAvailable: smtpConfigured() };
}

export async function updateMyNotificationSettings(input: unknown, actor?: Actor): Promise<NotificationSettings> {
  const me = actor ?? (await requireEditor());
  const { emailDigest } = parseInput(NotificationSettingsSchema, input);
  await db.$transaction(async (tx) => {
    const before = await tx.notificationSetting.findUnique({ where: { userId: me.id }, select: { emailDigest: true } });
    await tx.notificationSetting.upsert({ where: { userId: me.id }, create: { userId: me.id, emailDigest }, update: { emailDigest } });
    await audit(tx, me, {
      action: "notifications.settings",
      entityType: "user",
      entityId: me.id,
      before: { emailDigest: before?.emailDigest ?? true },
      after: { emailDigest },
    });
  });
  return { emailDigest, emailAvailable: smtpConfigured() };
}
