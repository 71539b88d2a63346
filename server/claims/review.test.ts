import { beforeEach, describe, expect, it } from "vitest";
import { listClaimAudit } from "@/server/auth/audit";
import { db } from "@/server/platform/db";
import { getPublicClaim } from "@/server/reader/public-claim";
import { updateSettings } from "@/server/workflow/settings";
import { claimWorld } from "@/test/fixtures";
import { setClaimPublished } from "./claims";
import { approveVerdict, requestChanges, requestReview } from "./review";
import { recordVerdict, setVerdictPublished } from "./verdicts";

// Review before publish (ADR 0028): the state machine, who may take each
// step, the admin's direct publication, and the audit log.

let n = 0;
async function person(role: "admin" | "editor" = "editor") {
  n += 1;
  return db.user.create({
    data: { email: `${role}-${n}-${Date.now()}@review.test`, name: `${role} ${n}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
}
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;
const stateOf = async (id: string) => (await db.verdict.findUniqueOrThrow({ where: { id }, select: { reviewState: true, publishedAt: true } })).reviewState;

/** A published claim with a draft verdict by `author`. */
async function draftBy(author: Awaited<ReturnType<typeof person>>) {
  const { claimId } = await claimWorld();
  await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
  const verdict = await recordVerdict(
    claimId,
    { rating: "confirmed", rationale: "The review says the band reunited.", version: await versionOf(claimId) },
    author,
  );
  return { claimId, verdictId: verdict.id };
}

beforeEach(async () => {
  await updateSettings({ reviewBeforePublish: true }, null);
});

describe("review before publish", () => {
  it("is on for a new install: no settings row reads as on", async () => {
    await db.newsroomSettings.deleteMany({});
    const alice = await person();
    const { claimId } = await claimWorld();
    await expect(
      recordVerdict(claimId, { rating: "confirmed", rationale: "Straight to readers, please.", version: await versionOf(claimId), publish: true }, alice),
    ).rejects.toMatchObject({ code: "forbidden", status: 403 });
    expect(await db.verdict.count({ where: { rumor: { claims: { some: { id: claimId } } } } })).toBe(0);
  });

  it("goes draft → in review → changes requested → in review (revised) → approved → published, each step audited", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId, verdictId } = await draftBy(alice);
    expect(await stateOf(verdictId)).toBe("draft");

    // An editor cannot publish an unapproved verdict, nor record one published.
    await expect(setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, alice)).rejects.toMatchObject({ code: "forbidden" });
    await expect(setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, bob)).rejects.toMatchObject({ code: "forbidden" });

    expect((await requestReview(verdictId, { version: await versionOf(claimId) }, alice)).reviewState).toBe("in_review");
    // Another editor cannot send someone else's verdict for review, and nothing moves twice.
    await expect(requestReview(verdictId, { version: await versionOf(claimId) }, alice)).rejects.toMatchObject({ code: "invalid" });

    // Changes requested need a comment, then return to the author.
    await expect(requestChanges(verdictId, { version: await versionOf(claimId), comment: "  " }, bob)).rejects.toMatchObject({ code: "invalid" });
    const back = await requestChanges(verdictId, { version: await versionOf(claimId), comment: "Quote the recap, not the preview." }, bob);
    expect(back.reviewState).toBe("changes_requested");
    await expect(approveVerdict(verdictId, { version: await versionOf(claimId) }, bob)).rejects.toMatchObject({ code: "invalid" });
    await expect(requestReview(verdictId, { version: await versionOf(claimId), rationale: "Bob rewrote it his way entirely." }, bob)).rejects.toMatchObject({
      code: "forbidden",
    });

    const resubmitted = await requestReview(
      verdictId,
      { version: await versionOf(claimId), rating: "partly_confirmed", rationale: "The recap says the band reunited, for one song only." },
      alice,
    );
    expect(resubmitted).toMatchObject({
      reviewState: "in_review",
      rating: "partly_confirmed",
      rationale: "The recap says the band reunited, for one song only.",
    });

    const approved = await approveVerdict(verdictId, { version: await versionOf(claimId) }, bob);
    expect(approved.reviewState).toBe("approved");
    expect(approved.publishedAt).toBeNull();
    expect((await getPublicClaim(claimId)).rating).toBe("pending");

    // Once approved, the author may publish it.
    const published = await setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, alice);
    expect(published).toMatchObject({ reviewState: "published" });
    expect(published.publishedAt).not.toBeNull();
    expect((await getPublicClaim(claimId)).rating).toBe("partly_confirmed");

    const { rumorId } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true } });
    const trail = (await listClaimAudit(claimId, rumorId)).filter((a) => a.entityId === verdictId && a.outcome === "ok").reverse();
    expect(trail.map((a) => [a.action, a.actorEmail])).toEqual([
      ["verdict.record_draft", alice.email],
      ["verdict.review_request", alice.email],
      ["verdict.review_changes", bob.email],
      ["verdict.review_resubmit", alice.email],
      ["verdict.review_approve", bob.email],
      ["verdict.publish", alice.email],
    ]);
    expect(trail[2]!.after).toMatchObject({ comment: "Quote the recap, not the preview." });
    const thread = await db.verdictReview.findMany({ where: { verdictId }, orderBy: { at: "asc" }, select: { action: true, comment: true, actorId: true } });
    expect(thread.map((t) => t.action)).toEqual(["requested", "changes_requested", "requested", "approved"]);
    expect(thread[1]).toMatchObject({ comment: "Quote the recap, not the preview.", actorId: bob.id });

    // Unpublished, it stays approved: publishing it again needs no second review.
    const unpublished = await setVerdictPublished(verdictId, { version: await versionOf(claimId) }, false, alice);
    expect(unpublished).toMatchObject({ reviewState: "approved", publishedAt: null });
    await setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, alice);
    expect(await stateOf(verdictId)).toBe("published");
  });

  it("never lets the author approve their own verdict, nor request changes on it — admins included", async () => {
    const admin = await person("admin");
    const { claimId, verdictId } = await draftBy(admin);
    await requestReview(verdictId, { version: await versionOf(claimId) }, admin);
    const before = await db.auditEvent.count();
    await expect(approveVerdict(verdictId, { version: await versionOf(claimId) }, admin)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
      message: expect.stringMatching(/another editor must approve/),
    });
    await expect(requestChanges(verdictId, { version: await versionOf(claimId), comment: "Looks off to me." }, admin)).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await stateOf(verdictId)).toBe("in_review");
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuses a stale review step with 409 and records the refused attempt", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId, verdictId } = await draftBy(alice);
    const stale = await versionOf(claimId);
    await requestReview(verdictId, { version: stale }, alice);
    await expect(approveVerdict(verdictId, { version: stale }, bob)).rejects.toMatchObject({ code: "conflict", status: 409 });
    expect(await stateOf(verdictId)).toBe("in_review");
    expect(await db.auditEvent.count({ where: { entityId: verdictId, action: "verdict.review_approve", outcome: "refused" } })).toBe(1);
  });

  it("lets an admin publish without review only with a reason, recorded in the audit log and the thread", async () => {
    const [alice, admin] = [await person(), await person("admin")];
    const { claimId, verdictId } = await draftBy(alice);
    await expect(setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, admin)).rejects.toMatchObject({
      code: "invalid",
      fields: { reason: [expect.any(String)] },
    });
    expect(await stateOf(verdictId)).toBe("draft");

    const reason = "Breaking: the correction must be out before the evening news.";
    const published = await setVerdictPublished(verdictId, { version: await versionOf(claimId), reason }, true, admin);
    expect(published.reviewState).toBe("published");
    const row = await db.auditEvent.findFirstOrThrow({
      where: { entityId: verdictId, action: "verdict.publish_without_review" },
      select: { after: true, actorEmail: true },
    });
    expect(row.actorEmail).toBe(admin.email);
    expect(JSON.parse(row.after!)).toMatchObject({ reason, reviewState: "published" });
    expect(await db.verdictReview.findFirst({ where: { verdictId }, select: { action: true, comment: true } })).toEqual({
      action: "published_without_review",
      comment: reason,
    });

    // Recording a verdict published at once: an admin with a reason, never an editor.
    const direct = await recordVerdict(
      claimId,
      { rating: "refuted", rationale: "A newer report says otherwise.", version: await versionOf(claimId), publish: true, reason },
      admin,
    );
    expect(direct.reviewState).toBe("published");
    expect(await db.auditEvent.count({ where: { entityId: direct.id, action: "verdict.record_publish_without_review" } })).toBe(1);
    await expect(
      recordVerdict(
        claimId,
        { rating: "refuted", rationale: "A newer report says otherwise.", version: await versionOf(claimId), publish: true, reason },
        alice,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("records a verdict straight into review, and refuses publish and review at once", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId } = await claimWorld();
    const sent = await recordVerdict(
      claimId,
      { rating: "refuted", rationale: "No fireworks at all, says the recap.", version: await versionOf(claimId), requestReview: true },
      alice,
    );
    expect(sent.reviewState).toBe("in_review");
    expect(await db.auditEvent.count({ where: { entityId: sent.id, action: "verdict.record_review" } })).toBe(1);
    expect((await approveVerdict(sent.id, { version: await versionOf(claimId) }, bob)).reviewState).toBe("approved");
    await expect(
      recordVerdict(
        claimId,
        { rating: "refuted", rationale: "No fireworks at all, says the recap.", version: await versionOf(claimId), requestReview: true, publish: true },
        alice,
      ),
    ).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("with review before publish off", () => {
  it("publishes as before: at once, or a draft from any state, by its own author", async () => {
    const admin = await person("admin");
    await updateSettings({ reviewBeforePublish: false }, admin);
    const alice = await person();
    const { claimId, verdictId } = await draftBy(alice);
    const published = await setVerdictPublished(verdictId, { version: await versionOf(claimId) }, true, alice);
    expect(published).toMatchObject({ reviewState: "published" });
    expect(await db.auditEvent.count({ where: { entityId: verdictId, action: "verdict.publish" } })).toBe(1);
    expect((await setVerdictPublished(verdictId, { version: await versionOf(claimId) }, false, alice)).reviewState).toBe("draft");

    const direct = await recordVerdict(
      claimId,
      { rating: "refuted", rationale: "Published at once, as before.", version: await versionOf(claimId), publish: true },
      alice,
    );
    expect(direct.reviewState).toBe("published");
    expect((await getPublicClaim(claimId)).rating).toBe("refuted");

    const setting = await db.auditEvent.findFirstOrThrow({ where: { action: "settings.update", actorId: admin.id }, select: { before: true, after: true } });
    expect([JSON.parse(setting.before!), JSON.parse(setting.after!)]).toEqual([{ reviewBeforePublish: true }, { reviewBeforePublish: false }]);
  });
});
