import { beforeAll, describe, expect, it } from "vitest";
import { recordVerdict } from "@/server/claims/verdicts";
import { SqliteJobQueue } from "@/server/jobs/sqlite-queue";
import { createNote } from "@/server/notes/notes";
import { db } from "@/server/platform/db";
import { databaseProvider } from "@/server/platform/env";
import { signedIn } from "@/test/auth";
import { claimWorld } from "@/test/fixtures";
import { listMyNotifications, markAllRead, markRead, myNotificationSettings, myUnreadCount, updateMyNotificationSettings } from "./notifications";
import { notify } from "./notify";
import { sweepPastDeadline } from "./past-deadline";
import { nextSlot, PAST_DEADLINE_JOB, periodicJobs, runSlot } from "./periodic";

type Who = Awaited<ReturnType<typeof signedIn>>;
let ann: Who;
let ben: Who;
let world: Awaited<ReturnType<typeof claimWorld>>;
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as { code?: string },
  );
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;

beforeAll(async () => {
  ann = await signedIn();
  ben = await signedIn();
  world = await claimWorld();
});

describe("notify()", () => {
  it("creates one notification, none for the actor themselves, and one per dedupe key", async () => {
    const id = await db.$transaction((tx) => notify(tx, { userId: ben.user.id, kind: "assigned", actorId: ann.user.id, claimId: world.claimId }));
    expect(id).toEqual(expect.any(String));
    expect(
      await db.$transaction((tx) => notify(tx, { userId: ann.user.id, kind: "review-requested", actorId: ann.user.id, claimId: world.claimId })),
    ).toBeNull();
    const key = { userId: ben.user.id, kind: "changes-requested" as const, claimId: world.claimId, dedupeKey: `test:${world.claimId}` };
    expect(await db.$transaction((tx) => notify(tx, key))).toEqual(expect.any(String));
    expect(await db.$transaction((tx) => notify(tx, key))).toBeNull();
    await expect(db.$transaction((tx) => notify(tx, { userId: ben.user.id, kind: "assigned" }))).rejects.toThrow(/needs a claim/);
  });

  it("rolls back with the change that caused it", async () => {
    const before = await db.notification.count({ where: { userId: ben.user.id } });
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userId: ben.user.id, kind: "assigned", actorId: ann.user.id, articleId: world.pre });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.notification.count({ where: { userId: ben.user.id } })).toBe(before);
  });
});

describe("an editor's notifications", () => {
  it("are their own: listed newest first, counted, marked read one by one or all at once", async () => {
    const carl = await signedIn();
    await createNote({ claimId: world.claimId }, { body: `First for @{${carl.user.id}}` }, ann.user);
    await createNote({ articleId: world.pre }, { body: `Second for @{${carl.user.id}} and @{${ben.user.id}}` }, ann.user);
    const list = await listMyNotifications({}, carl.user);
    expect(list.unread).toBe(2);
    expect(list.items.map((n) => [n.kind, n.subject.type, n.excerpt?.slice(0, 6)])).toEqual([
      ["mention", "article", "Second"],
      ["mention", "claim", "First "],
    ]);
    expect(list.items[0]!.subject.href).toMatch(new RegExp(`^/desk/articles/${world.pre}#note-`));

    // Another editor cannot see or mark them.
    expect(await failure(markRead(list.items[0]!.id, ben.user))).toMatchObject({ code: "not_found" });
    expect((await listMyNotifications({}, ben.user)).items.some((n) => n.id === list.items[0]!.id)).toBe(false);

    expect(await markRead(list.items[0]!.id, carl.user)).toEqual({ unread: 1 });
    expect(await markRead(list.items[0]!.id, carl.user)).toEqual({ unread: 1 });
    expect((await listMyNotifications({ show: "unread" }, carl.user)).items).toHaveLength(1);
    expect((await listMyNotifications({ show: "all" }, carl.user)).items).toHaveLength(2);
    expect(await markAllRead(carl.user)).toEqual({ unread: 0 });
    expect(await myUnreadCount(carl.user)).toEqual({ unread: 0 });
    expect((await myUnreadCount(ben.user)).unread).toBeGreaterThan(0);
    expect(await failure(listMyNotifications({ show: "some" }, carl.user))).toMatchObject({ code: "invalid" });
  });

  it("keep an email-digest opt-out per editor, audited", async () => {
    expect(await myNotificationSettings(ann.user)).toMatchObject({ emailDigest: true });
    expect(await updateMyNotificationSettings({ emailDigest: false }, ann.user)).toMatchObject({ emailDigest: false });
    expect(await myNotificationSettings(ann.user)).toMatchObject({ emailDigest: false });
    expect(await myNotificationSettings(ben.user)).toMatchObject({ emailDigest: true });
    expect(await failure(updateMyNotificationSettings({ emailDigest: "no" }, ann.user))).toMatchObject({ code: "invalid" });
    const trail = await db.auditEvent.findFirstOrThrow({ where: { entityType: "user", entityId: ann.user.id, action: "notifications.settings" } });
    expect(JSON.parse(trail.after!)).toEqual({ emailDigest: false });
  });
});

describe("past-deadline notifications", () => {
  const now = new Date("2025-07-01T00:00:00Z");

  it("notify the owners of a rumor past its deadline without a verdict once each, and nobody else", async () => {
    const mine = await claimWorld();
    const rumorId = (await db.claim.findUniqueOrThrow({ where: { id: mine.claimId }, select: { rumorId: true } })).rumorId;
    await db.rumor.update({ where: { id: rumorId }, data: { createdById: ann.user.id } });
    await db.claim.update({ where: { id: mine.claimId }, data: { createdById: ben.user.id } });
    // A rumor with a published verdict, and one whose deadline is still ahead: no notification.
    const settled = await claimWorld();
    await db.claim.update({ where: { id: settled.claimId }, data: { createdById: ann.user.id } });
    await recordVerdict(
      settled.claimId,
      { rating: "confirmed", rationale: "The band did reunite on stage.", version: await versionOf(settled.claimId), publish: true },
      null,
    );
    const ahead = await claimWorld();
    const aheadRumor = (await db.claim.findUniqueOrThrow({ where: { id: ahead.claimId }, select: { rumorId: true } })).rumorId;
    await db.claim.update({ where: { id: ahead.claimId }, data: { createdById: ann.user.id } });
    await db.rumor.update({ where: { id: aheadRumor }, data: { deadline: new Date("2025-08-01T00:00:00Z") } });

    await sweepPastDeadline(now);
    const rows = await db.notification.findMany({
      where: { kind: "past-deadline", userId: { in: [ann.user.id, ben.user.id] } },
      select: { userId: true, rumorId: true, claimId: true },
    });
    expect(rows.map((r) => r.rumorId)).not.toContain(aheadRumor);
    expect(rows.filter((r) => r.rumorId === rumorId).sort((a, b) => a.userId.localeCompare(b.userId))).toEqual(
      [
        { userId: ann.user.id, rumorId, claimId: mine.claimId },
        { userId: ben.user.id, rumorId, claimId: mine.claimId },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    expect(rows.some((r) => r.claimId === settled.claimId)).toBe(false);

    // Swept again, and after being read: nothing new.
    await markAllRead(ann.user);
    await sweepPastDeadline(new Date("2025-07-02T00:00:00Z"));
    expect(await db.notification.count({ where: { kind: "past-deadline", rumorId } })).toBe(2);
    const listed = await listMyNotifications({ show: "all" }, ben.user);
    expect(listed.items.find((n) => n.kind === "past-deadline")).toMatchObject({
      actor: null,
      subject: { type: "claim", id: mine.claimId, href: `/desk/claims/${mine.claimId}` },
    });
  });

  it(`run as one job per time slot, each slot once however many jobs name it (${databaseProvider()})`, async () => {
    const sweep = periodicJobs.find((p) => p.name === PAST_DEADLINE_JOB)!;
    const ran: Date[] = [];
    const job = { ...sweep, run: async (at: Date) => void ran.push(at) };
    const sent: { name: string; data: object; at?: Date }[] = [];
    const queue = new SqliteJobQueue(db);
    queue.send = async (name, data, options) => {
      sent.push({ name, data, at: options?.startAfter });
      return "id";
    };
    const slot = nextSlot(new Date("2026-01-01T10:03:00Z"), 600);
    expect(slot.toISOString()).toBe("2026-01-01T10:10:00.000Z");
    const at = new Date("2026-01-01T10:10:01Z");
    expect(await runSlot(job, slot.toISOString(), queue, at)).toBe("ran");
    expect(await runSlot(job, slot.toISOString(), queue, at)).toBe("duplicate");
    expect(ran).toHaveLength(1);
    expect(sent).toEqual([{ name: PAST_DEADLINE_JOB, data: { slot: "2026-01-01T10:20:00.000Z" }, at: new Date("2026-01-01T10:20:00Z") }]);
    // A failed run gives its slot back so the queue's retry runs it.
    const failing = { ...sweep, run: async () => Promise.reject(new Error("database away")) };
    const later = "2026-01-01T10:20:00.000Z";
    await expect(runSlot(failing, later, queue, new Date(later))).rejects.toThrow("database away");
    expect(await runSlot(job, later, queue, new Date(later))).toBe("ran");
  });
});
