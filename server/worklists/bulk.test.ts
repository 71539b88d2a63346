import { beforeEach, describe, expect, it } from "vitest";
import { createEvent } from "@/server/articles/events";
import { db } from "@/server/platform/db";
import { audit } from "@/server/auth/audit";
import { editor, listWorld } from "@/test/desk-lists-world";
import { runBulk, type BulkAction } from "./bulk";
import { bulkClaims } from "./bulk-actions";

let world: Awaited<ReturnType<typeof listWorld>>;

let worlds = 0;
beforeEach(async () => {
  // A desk of its own per test: the rows each test counts are its own.
  worlds += 1;
  world = await listWorld(` w${worlds}`);
});

const auditOf = (action: string) =>
  db.auditEvent.findMany({
    where: { action, claimId: { in: [...Object.values(world.claims), "no-such-claim"] } },
    select: { claimId: true, outcome: true, actorId: true, after: true },
  });
const published = async (id: string) => !!(await db.claim.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } })).publishedAt;

describe("bulk actions", () => {
  it("publishes what passes the rules in one go, refuses the rest with the reason, and audits each claim", async () => {
    const who = await editor("Bulk Publisher");
    const { reunite, fireworks, loose } = world.claims;
    const report = await bulkClaims({ action: "publish", claimIds: [reunite, loose, fireworks, "no-such-claim"] }, who);
    expect(report).toMatchObject({ action: "publish", ok: 2, refused: 2 });
    expect(report.items.map((i) => [i.claimId, i.outcome])).toEqual([
      [reunite, "ok"],
      [loose, "refused"],
      [fireworks, "ok"],
      ["no-such-claim", "refused"],
    ]);
    expect(report.items[1]!.reason).toMatch(/Set the event before publishing/);
    expect(report.items[3]!.reason).toBe("The claim was not found.");
    expect([await published(reunite), await published(fireworks), await published(loose)]).toEqual([true, true, false]);
    const rows = await auditOf("claim.publish");
    expect(
      rows
        .filter((r) => r.outcome === "ok")
        .map((r) => r.claimId)
        .sort(),
    ).toEqual([reunite, fireworks].sort());
    expect(
      rows
        .filter((r) => r.outcome === "refused")
        .map((r) => r.claimId)
        .sort(),
    ).toEqual([loose, "no-such-claim"].sort());
    expect(rows.every((r) => r.actorId === who.id)).toBe(true);
    // Published again: nothing to change, nothing audited.
    const again = await bulkClaims({ action: "publish", claimIds: [reunite] }, who);
    expect(again.items).toEqual([{ claimId: reunite, outcome: "ok", reason: "Nothing to change." }]);
    expect(await auditOf("claim.publish")).toHaveLength(4);
  });

  it("moves claims to an event, refusing one whose article is not before it", async () => {
    const { drones, loose, reunite } = world.claims;
    // Beta's article is from 5 June: before a 10 June event, but Alpha's (1 June) is too; an event on 3 June is after Alpha only.
    const early = await createEvent({ name: "Early Show", date: "2025-06-03", slug: `early-show-${worlds}` }, null);
    const report = await bulkClaims({ action: "move_event", eventId: early.id, claimIds: [reunite, drones] }, null);
    expect(report.items.map((i) => i.outcome)).toEqual(["ok", "refused"]);
    expect(report.items[1]!.reason).toMatch(/not before Early Show/);
    const eventOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { eventId: true } } } })).rumor.eventId;
    expect(await eventOf(reunite)).toBe(early.id);
    expect(await eventOf(drones)).toBe(world.event.id);
    expect((await bulkClaims({ action: "move_event", eventId: world.event.id, claimIds: [loose] }, null)).ok).toBe(1);
    expect(await eventOf(loose)).toBe(world.event.id);
    await expect(bulkClaims({ action: "move_event", eventId: "no-such-event", claimIds: [loose] }, null)).rejects.toMatchObject({ code: "invalid" });
  });

  it("links claims to a rumor", async () => {
    const { reunite, fireworks, drones } = world.claims;
    const target = (await db.claim.findUniqueOrThrow({ where: { id: reunite }, select: { rumorId: true } })).rumorId;
    const report = await bulkClaims({ action: "link_rumor", rumorId: target, claimIds: [fireworks, drones, reunite] }, null);
    expect(report.items.map((i) => i.outcome)).toEqual(["ok", "ok", "ok"]);
    expect(report.items[2]!.reason).toBe("Nothing to change.");
    const rumors = await db.claim.findMany({ where: { id: { in: [reunite, fireworks, drones] } }, select: { rumorId: true } });
    expect(new Set(rumors.map((r) => r.rumorId))).toEqual(new Set([target]));
    expect((await auditOf("claim.move")).map((r) => r.claimId).sort()).toEqual([fireworks, drones].sort());
  });

  it("rolls every claim back when the database fails midway", async () => {
    const { reunite, fireworks } = world.claims;
    const failing: BulkAction = {
      async apply(tx, who, claimId) {
        if (claimId === fireworks) await tx.$executeRawUnsafe(`INSERT INTO "NoSuchTable" VALUES (1)`);
        await tx.claim.update({ where: { id: claimId }, data: { flaggedAt: new Date() } });
        await audit(tx, who, { action: "claim.flag", entityType: "claim", entityId: claimId, claimId });
        return "ok";
      },
      refusal: (claimId) => ({ action: "claim.flag", entityType: "claim", entityId: claimId, claimId }),
      changed: () => ({}),
    };
    await expect(runBulk(failing, "flag", { action: "flag", claimIds: [reunite, fireworks] }, null)).rejects.toThrow();
    expect(await db.claim.count({ where: { id: { in: [reunite, fireworks] }, flaggedAt: { not: null } } })).toBe(0);
    expect(await auditOf("claim.flag")).toEqual([]);
  });

  it("refuses a bad request whole: no claims, too many, an unknown action", async () => {
    await expect(bulkClaims({ action: "publish", claimIds: [] }, null)).rejects.toMatchObject({ code: "invalid" });
    await expect(bulkClaims({ action: "publish", claimIds: Array.from({ length: 201 }, (_, i) => `c${i}`) }, null)).rejects.toMatchObject({ code: "invalid" });
    await expect(bulkClaims({ action: "delete", claimIds: ["x"] }, null)).rejects.toMatchObject({ code: "invalid" });
  });
});
