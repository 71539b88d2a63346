import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/session";
import { recordOverride, recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { editor, listWorld } from "@/test/desk-lists-world";
import { bulkClaims } from "./bulk-actions";

// Bulk assign and bulk request review (issue 14): the single actions' rules,
// audit rows and notifications, one transaction, a savepoint per claim.

let world: Awaited<ReturnType<typeof listWorld>>;
let worlds = 0;
beforeEach(async () => {
  worlds += 1;
  world = await listWorld(` wf${worlds}`);
});

const claimIds = () => [...Object.values(world.claims), "no-such-claim"];
const auditOf = (action: string) =>
  db.auditEvent.findMany({
    where: { action, claimId: { in: claimIds() } },
    select: { claimId: true, outcome: true, actorId: true, entityId: true, after: true },
  });
const notificationsOf = (kind: string) =>
  db.notification.findMany({ where: { kind, claimId: { in: claimIds() } }, select: { userId: true, claimId: true, actorId: true } });
const assigneeOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } })).assigneeId;
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
const draft = async (claimId: string, author: Actor) =>
  (await recordVerdict(claimId, { rating: "confirmed", rationale: "The recap says it happened.", version: await versionOf(claimId) }, author)).id;
const stateOf = async (verdictId: string) => (await db.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { reviewState: true } })).reviewState;
async function admin(): Promise<Actor> {
  return db.user.create({
    data: { email: `admin-${worlds}-${Date.now()}@test.local`, name: "Ada Admin", role: "admin" },
    select: { id: true, name: true, email: true, role: true },
  });
}

describe("bulk assign", () => {
  it("assigns each claim with its audit row and the assignee's notification; refuses an unknown claim alone", async () => {
    const [lead, ben] = [await editor("Lea Lead"), await editor("Ben Busy")];
    const { reunite, fireworks, drones } = world.claims;
    const report = await bulkClaims({ action: "assign", assigneeId: ben.id, claimIds: [reunite, "no-such-claim", fireworks] }, lead);
    expect(report).toMatchObject({ action: "assign", ok: 2, refused: 1 });
    expect(report.items).toEqual([
      { claimId: reunite, outcome: "ok" },
      { claimId: "no-such-claim", outcome: "refused", reason: "The claim was not found." },
      { claimId: fireworks, outcome: "ok" },
    ]);
    expect([await assigneeOf(reunite), await assigneeOf(fireworks), await assigneeOf(drones)]).toEqual([ben.id, ben.id, null]);
    const rows = await auditOf("claim.assign");
    expect(rows.filter((r) => r.outcome === "ok").map((r) => r.claimId)).toEqual(expect.arrayContaining([reunite, fireworks]));
    expect(rows.filter((r) => r.outcome === "ok")).toHaveLength(2);
    expect(rows.filter((r) => r.outcome === "refused").map((r) => r.claimId)).toEqual(["no-such-claim"]);
    expect(rows.every((r) => r.actorId === lead.id)).toBe(true);
    const told = await notificationsOf("assigned");
    expect(told.map((n) => [n.userId, n.actorId]).sort()).toEqual([
      [ben.id, lead.id],
      [ben.id, lead.id],
    ]);
    expect(told.map((n) => n.claimId).sort()).toEqual([reunite, fireworks].sort());

    // Assigned again to the same editor: nothing changes, nothing is audited, nobody is told twice.
    const again = await bulkClaims({ action: "assign", assigneeId: ben.id, claimIds: [reunite] }, lead);
    expect(again.items).toEqual([{ claimId: reunite, outcome: "ok", reason: "Nothing to change." }]);
    expect((await auditOf("claim.assign")).filter((r) => r.outcome === "ok")).toHaveLength(2);
    expect(await notificationsOf("assigned")).toHaveLength(2);

    // Unassigned: audited as such, nobody notified.
    const off = await bulkClaims({ action: "assign", assigneeId: null, claimIds: [reunite, drones] }, lead);
    expect(off.items.map((i) => [i.outcome, i.reason])).toEqual([
      ["ok", undefined],
      ["ok", "Nothing to change."],
    ]);
    expect(await assigneeOf(reunite)).toBeNull();
    expect((await auditOf("claim.unassign")).map((r) => r.claimId)).toEqual([reunite]);
    expect(await notificationsOf("assigned")).toHaveLength(2);
  });

  it("refuses the whole request for an editor who cannot be assigned, or none chosen", async () => {
    const lead = await editor("Lea Lead");
    const gone = await editor("Gone Editor");
    await db.user.update({ where: { id: gone.id }, data: { disabledAt: new Date() } });
    const { reunite } = world.claims;
    for (const assigneeId of [gone.id, "no-such-editor", undefined]) {
      await expect(bulkClaims({ action: "assign", assigneeId, claimIds: [reunite] }, lead)).rejects.toMatchObject({
        code: "invalid",
        fields: { assigneeId: [expect.any(String)] },
      });
    }
    expect(await assigneeOf(reunite)).toBeNull();
    expect((await auditOf("claim.assign")).filter((r) => r.claimId !== "no-such-claim")).toEqual([]);
  });
});

describe("bulk request review", () => {
  it("sends drafts for review as the single action does; refuses, with the reason, what the workflow does not allow", async () => {
    const [alma, ben, rhea] = [await editor("Alma Author"), await editor("Ben Other"), await editor("Rhea Reviewer")];
    const { reunite, fireworks, drones, loose } = world.claims;
    const mine = await draft(reunite, alma);
    const bens = await draft(fireworks, ben);
    const report = await bulkClaims({ action: "request_review", claimIds: [reunite, fireworks, loose, "no-such-claim"] }, alma);
    expect(report).toMatchObject({ action: "request_review", ok: 1, refused: 3 });
    expect(report.items.map((i) => [i.claimId, i.outcome, i.reason])).toEqual([
      [reunite, "ok", undefined],
      [fireworks, "refused", "Only the verdict's author can send it for review (or revise it); an admin can send it as it is."],
      [loose, "refused", "This claim has no draft verdict to send for review."],
      ["no-such-claim", "refused", "The claim was not found."],
    ]);
    expect([await stateOf(mine), await stateOf(bens)]).toEqual(["in_review", "draft"]);
    expect(await db.verdictReview.findMany({ where: { verdictId: { in: [mine, bens] } }, select: { verdictId: true, action: true, actorId: true } })).toEqual([
      { verdictId: mine, action: "requested", actorId: alma.id },
    ]);
    // The audit row of the step names the claim it was sent from; refusals are audited too.
    const rows = await auditOf("verdict.review_request");
    expect(rows.filter((r) => r.outcome === "ok").map((r) => [r.claimId, r.entityId])).toEqual([[reunite, mine]]);
    expect(
      rows
        .filter((r) => r.outcome === "refused")
        .map((r) => r.claimId)
        .sort(),
    ).toEqual([fireworks, loose, "no-such-claim"].sort());
    // Every other active editor may review it: told, in the same transaction; the author is not.
    const told = await notificationsOf("review-requested");
    expect(told.every((n) => n.claimId === reunite && n.actorId === alma.id)).toBe(true);
    expect(told.map((n) => n.userId)).toEqual(expect.arrayContaining([ben.id, rhea.id]));
    expect(told.map((n) => n.userId)).not.toContain(alma.id);
    const notified = told.length;

    // In review already: nothing to change, nobody told again.
    const again = await bulkClaims({ action: "request_review", claimIds: [reunite, drones] }, alma);
    expect(again.items[0]).toEqual({ claimId: reunite, outcome: "ok", reason: "Nothing to change." });
    expect(again.items[1]).toMatchObject({ claimId: drones, outcome: "refused" });
    expect(await notificationsOf("review-requested")).toHaveLength(notified);

    // An admin may send someone else's draft as it is; an approved verdict cannot go back to review.
    const boss = await admin();
    const byAdmin = await bulkClaims({ action: "request_review", claimIds: [fireworks] }, boss);
    expect(byAdmin.items).toEqual([{ claimId: fireworks, outcome: "ok" }]);
    expect(await stateOf(bens)).toBe("in_review");
    await db.verdict.update({ where: { id: bens }, data: { reviewState: "approved" } });
    const approved = await bulkClaims({ action: "request_review", claimIds: [fireworks] }, boss);
    expect(approved.items[0]).toMatchObject({ outcome: "refused", reason: "This verdict is approved: it cannot be sent for review now." });
    // The system has no account to send anything in.
    expect((await bulkClaims({ action: "request_review", claimIds: [reunite] }, null)).items[0]).toMatchObject({
      outcome: "refused",
      reason: "A review step needs an editor's account.",
    });
  });

  it("is all or nothing per claim: a refused override leaves the claim's rumor-wide draft as it was", async () => {
    const [alma, ben] = [await editor("Alma Author"), await editor("Ben Other")];
    const { loose, drones } = world.claims;
    const rumorWide = await draft(loose, alma);
    const override = (
      await recordOverride(loose, { rating: "refuted", rationale: "This claim alone got the date wrong.", version: await versionOf(loose) }, ben)
    ).id;
    const other = await draft(drones, alma);
    const versionBefore = await versionOf(loose);
    const report = await bulkClaims({ action: "request_review", claimIds: [loose, drones] }, alma);
    expect(report.items.map((i) => i.outcome)).toEqual(["refused", "ok"]);
    expect(report.items[0]!.reason).toMatch(/Only the verdict's author/);
    // The rumor-wide draft was sent first inside the claim's savepoint, then rolled back with it.
    expect([await stateOf(rumorWide), await stateOf(override), await stateOf(other)]).toEqual(["draft", "draft", "in_review"]);
    expect(await versionOf(loose)).toBe(versionBefore);
    expect(await db.verdictReview.count({ where: { verdictId: { in: [rumorWide, override] } } })).toBe(0);
    expect((await notificationsOf("review-requested")).every((n) => n.claimId === drones)).toBe(true);
    expect((await auditOf("verdict.review_request")).filter((r) => r.outcome === "ok").map((r) => r.entityId)).toEqual([other]);

    // Once the override is the author's own, both go together.
    const own = (await recordOverride(loose, { rating: "refuted", rationale: "This claim alone got the date wrong.", version: await versionOf(loose) }, alma))
      .id;
    const both = await bulkClaims({ action: "request_review", claimIds: [loose] }, alma);
    expect(both.items).toEqual([{ claimId: loose, outcome: "ok" }]);
    expect([await stateOf(rumorWide), await stateOf(own), await stateOf(override)]).toEqual(["in_review", "in_review", "draft"]);
  });
});
