import { describe, expect, it } from "vitest";
import { approveVerdict, requestChanges, requestReview } from "@/server/claims/review";
import { recordVerdict } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { claimWorld } from "@/test/fixtures";
import { assign } from "./assignment";

const assignClaim = (id: string, input: unknown, actor: Parameters<typeof assign>[3]) => assign("claim", id, input, actor);
const assignArticle = (id: string, input: unknown, actor: Parameters<typeof assign>[3]) => assign("article", id, input, actor);
import { getMyWork } from "./my-work";
import { readSettings, updateSettings } from "./settings";

let n = 0;
async function person(role: "admin" | "editor" = "editor") {
  n += 1;
  return db.user.create({
    data: { email: `${role}-${n}-${Date.now()}@work.test`, name: `${role} ${n}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
}
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;

describe("assignment", () => {
  it("assigns and unassigns claims and articles, each audited with before and after", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId, pre } = await claimWorld();
    const versionBefore = await versionOf(claimId);

    expect(await assignClaim(claimId, { assigneeId: bob.id }, alice)).toMatchObject({ kind: "claim", assignee: { id: bob.id, name: bob.name } });
    expect(await assignArticle(pre, { assigneeId: bob.id }, alice)).toMatchObject({ kind: "article", assignee: { id: bob.id } });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { assigneeId: true } })).assigneeId).toBe(bob.id);
    // No content changed: a colleague's next write on the rumor is not refused as stale.
    expect(await versionOf(claimId)).toBe(versionBefore);

    expect((await assignClaim(claimId, { assigneeId: null }, alice)).assignee).toBeNull();
    const rows = await db.auditEvent.findMany({ where: { entityId: { in: [claimId, pre] }, action: { contains: "assign" } }, orderBy: { at: "asc" } });
    expect(rows.map((r) => [r.action, r.actorEmail])).toEqual([
      ["claim.assign", alice.email],
      ["article.assign", alice.email],
      ["claim.unassign", alice.email],
    ]);
    expect(rows[0]!.claimId).toBe(claimId);
    expect(JSON.parse(rows[2]!.before!)).toEqual({ assigneeId: bob.id });
  });

  it("refuses a disabled or unknown editor and an unknown claim, changing nothing", async () => {
    const alice = await person();
    const gone = await db.user.update({ where: { id: (await person()).id }, data: { disabledAt: new Date() }, select: { id: true } });
    const { claimId } = await claimWorld();
    const before = await db.auditEvent.count();
    await expect(assignClaim(claimId, { assigneeId: gone.id }, alice)).rejects.toMatchObject({ code: "invalid", fields: { assigneeId: [expect.any(String)] } });
    await expect(assignClaim(claimId, { assigneeId: "nobody" }, alice)).rejects.toMatchObject({ code: "invalid" });
    await expect(assignClaim("no-such-claim", { assigneeId: alice.id }, alice)).rejects.toMatchObject({ code: "not_found" });
    await expect(assignArticle(claimId, {}, alice)).rejects.toMatchObject({ code: "invalid" });
    expect(await db.auditEvent.count()).toBe(before);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { assigneeId: true } })).assigneeId).toBeNull();
  });
});

describe("my work", () => {
  it("lists what is assigned to me, what waits for my review and what I wrote that came back", async () => {
    await updateSettings({ reviewBeforePublish: true }, null);
    const [alice, bob] = [await person(), await person()];
    const one = await claimWorld();
    const two = await claimWorld();
    await assignClaim(one.claimId, { assigneeId: alice.id }, bob);
    await assignArticle(two.pre, { assigneeId: alice.id }, bob);

    const mine = await recordVerdict(
      one.claimId,
      { rating: "confirmed", rationale: "The recap says so in its first line.", version: await versionOf(one.claimId), requestReview: true },
      alice,
    );
    const bobs = await recordVerdict(
      two.claimId,
      { rating: "refuted", rationale: "No fireworks, the recap says.", version: await versionOf(two.claimId), requestReview: true },
      bob,
    );

    let alices = await getMyWork(alice);
    expect(alices.assigned.claims.map((c) => c.id)).toEqual([one.claimId]);
    expect(alices.assigned.articles.map((a) => a.id)).toEqual([two.pre]);
    expect(alices.toReview.map((v) => v.id)).toEqual([bobs.id]);
    expect(alices.toReview[0]).toMatchObject({ claimId: two.claimId, decidedBy: { id: bob.id } });
    expect(alices.cameBack).toEqual([]);
    // Bob's list has Alice's verdict to review, never his own.
    expect((await getMyWork(bob)).toReview.map((v) => v.id)).toEqual([mine.id]);

    await requestChanges(mine.id, { version: await versionOf(one.claimId), comment: "Which recap? Name it." }, bob);
    await approveVerdict(bobs.id, { version: await versionOf(two.claimId) }, alice);
    alices = await getMyWork(alice);
    expect(alices.toReview).toEqual([]);
    expect(alices.cameBack.map((v) => [v.id, v.lastStep?.comment, v.lastStep?.actor?.name])).toEqual([[mine.id, "Which recap? Name it.", bob.name]]);
    expect((await getMyWork(bob)).approved.map((v) => v.id)).toEqual([bobs.id]);

    await requestReview(mine.id, { version: await versionOf(one.claimId), rationale: "The Review Daily recap says so in its first line." }, alice);
    expect((await getMyWork(alice)).cameBack).toEqual([]);
  });
});

describe("newsroom settings", () => {
  it("only admins change them, and each change is audited", async () => {
    const [editor, admin] = [await person(), await person("admin")];
    await expect(updateSettings({ reviewBeforePublish: false }, editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateSettings({ reviewBeforePublish: "no" }, admin)).rejects.toMatchObject({ code: "invalid" });
    const saved = await updateSettings({ reviewBeforePublish: false }, admin);
    expect(saved).toMatchObject({ reviewBeforePublish: false, updatedById: admin.id });
    expect((await readSettings()).reviewBeforePublish).toBe(false);
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorId: admin.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "settings.update", actorId: editor.id } })).toBe(0);
  });
});
