import "server-only";
import { db } from "@/server/platform/db";
import { notify } from "./notify";

// Rumors past their deadline without a published verdict (the work queue's
// rule: the rumor's deadline, else its event's day, before now), computed by
// a periodic sweep rather than on each write. Each is notified once per
// owner — the editor who created the rumor and every editor who created one
// of its claims — under a dedupe key, so a sweep every few minutes never
// repeats itself. Rumors nobody owns (the demo, CLI imports) stay on the work
// queue's "past deadline" list without notifying anyone (ADR 0029).

const BATCH = 500;

const pastDeadlineKey = (rumorId: string, userId: string) => `past-deadline:${rumorId}:${userId}`;

export async function sweepPastDeadline(now = new Date()): Promise<number> {
  let created = 0;
  let after: string | undefined;
  for (;;) {
    const rumors = await db.rumor.findMany({
      where: {
        currentVerdictId: null,
        OR: [{ deadline: { lt: now } }, { deadline: null, event: { date: { lt: now } } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, createdById: true, claims: { orderBy: [{ sourceAt: "asc" }, { id: "asc" }], select: { id: true, createdById: true } } },
    });
    if (rumors.length === 0) return created;
    after = rumors.at(-1)!.id;
    const wanted = rumors.flatMap((r) => {
      const owners = new Set([r.createdById, ...r.claims.map((c) => c.createdById)].filter((id): id is string => !!id));
      // The owner's own claim is where the notification leads; else the rumor's first appearance.
      return [...owners].flatMap((userId) => {
        const claim = r.claims.find((c) => c.createdById === userId) ?? r.claims[0];
        return claim ? [{ rumorId: r.id, userId, claimId: claim.id, key: pastDeadlineKey(r.id, userId) }] : [];
      });
    });
    const done = new Set(
      (await db.notification.findMany({ where: { dedupeKey: { in: wanted.map((w) => w.key) } }, select: { dedupeKey: true } })).map((n) => n.dedupeKey),
    );
    const active = new Set(
      (await db.user.findMany({ where: { id: { in: wanted.map((w) => w.userId) }, disabledAt: null }, select: { id: true } })).map((u) => u.id),
    );
    const due = wanted.filter((w) => !done.has(w.key) && active.has(w.userId));
    if (due.length > 0) {
      await db.$transaction(async (tx) => {
        for (const w of due)
          if (await notify(tx, { userId: w.userId, kind: "past-deadline", claimId: w.claimId, rumorId: w.rumorId, dedupeKey: w.key })) created++;
      });
    }
  }
}
