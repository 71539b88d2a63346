import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { getPublicClaim } from "@/server/reader/public-claim";
import { updateSettings } from "@/server/workflow/settings";
import { claimWorld } from "@/test/fixtures";
import { setClaimPublished } from "./claims";
import { requestReview } from "./review";
import { recordVerdict, setVerdictPublished } from "./verdicts";

// "Approve and publish" (issue 14: a reviewer who may publish does both in
// one step): one transaction, one version bump, every check of the two
// steps kept — the author never approves their own, a draft is not approved.

let n = 0;
async function person(role: "admin" | "editor" = "editor") {
  n += 1;
  return db.user.create({
    data: { email: `${role}-${n}-${Date.now()}@approve-publish.test`, name: `${role} ${n}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
}
const versionOf = async (claimId: string) =>
  (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumor: { select: { version: true } } } })).rumor.version;

/** A published claim whose verdict by `author` is in review (or still a draft). */
async function inReviewBy(author: Awaited<ReturnType<typeof person>>, send = true) {
  const { claimId } = await claimWorld();
  await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
  const verdict = await recordVerdict(
    claimId,
    { rating: "confirmed", rationale: "The recap says the band reunited.", version: await versionOf(claimId), requestReview: send || undefined },
    author,
  );
  return { claimId, verdictId: verdict.id };
}

/** What a refused step must leave as it was. */
const stateOf = async (verdictId: string, claimId: string) => ({
  verdict: await db.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { reviewState: true, publishedAt: true } }),
  thread: await db.verdictReview.count({ where: { verdictId } }),
  audit: await db.auditEvent.count({ where: { entityId: verdictId, outcome: "ok" } }),
  version: await versionOf(claimId),
});

beforeEach(async () => {
  await updateSettings({ reviewBeforePublish: true }, null);
});

describe("approve and publish", () => {
  it("approves and publishes in one transaction, both steps in the thread and the audit log", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId, verdictId } = await inReviewBy(alice);
    const version = await versionOf(claimId);
    const published = await setVerdictPublished(verdictId, { version, approve: true }, true, bob);
    expect(published).toMatchObject({ reviewState: "published", version: version + 1 });
    expect(published.publishedAt).not.toBeNull();
    expect((await getPublicClaim(claimId)).rating).toBe("confirmed");
    const thread = await db.verdictReview.findMany({ where: { verdictId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, actorId: true } });
    expect(thread).toEqual([
      { action: "requested", actorId: alice.id },
      { action: "approved", actorId: bob.id },
    ]);
    const trail = await db.auditEvent.findMany({
      where: { entityId: verdictId, outcome: "ok" },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, actorEmail: true },
    });
    expect(trail.map((a) => [a.action, a.actorEmail])).toEqual([
      ["verdict.record_review", alice.email],
      ["verdict.review_approve", bob.email],
      ["verdict.publish", bob.email],
    ]);
  });

  it("never lets the author approve and publish their own verdict, admins included", async () => {
    const admin = await person("admin");
    const { claimId, verdictId } = await inReviewBy(admin);
    const before = await stateOf(verdictId, claimId);
    await expect(setVerdictPublished(verdictId, { version: before.version, approve: true }, true, admin)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
      message: expect.stringMatching(/another editor must approve/),
    });
    expect(await stateOf(verdictId, claimId)).toEqual(before);
  });

  it("approves only a verdict in review, and only when publishing", async () => {
    const [alice, bob] = [await person(), await person()];
    const draft = await inReviewBy(alice, false);
    const before = await stateOf(draft.verdictId, draft.claimId);
    await expect(setVerdictPublished(draft.verdictId, { version: before.version, approve: true }, true, bob)).rejects.toMatchObject({ code: "invalid" });
    expect(await stateOf(draft.verdictId, draft.claimId)).toEqual(before);

    await requestReview(draft.verdictId, { version: await versionOf(draft.claimId) }, alice);
    const sent = await stateOf(draft.verdictId, draft.claimId);
    await expect(setVerdictPublished(draft.verdictId, { version: sent.version, approve: true }, false, bob)).rejects.toMatchObject({
      code: "invalid",
      fields: { approve: [expect.any(String)] },
    });
    expect(await stateOf(draft.verdictId, draft.claimId)).toEqual(sent);
  });

  it("refuses a stale version with 409 and leaves the verdict in review", async () => {
    const [alice, bob] = [await person(), await person()];
    const { claimId, verdictId } = await inReviewBy(alice);
    const stale = (await versionOf(claimId)) - 1;
    await expect(setVerdictPublished(verdictId, { version: stale, approve: true }, true, bob)).rejects.toMatchObject({ code: "conflict", status: 409 });
    expect((await stateOf(verdictId, claimId)).verdict).toEqual({ reviewState: "in_review", publishedAt: null });
    expect(await db.verdictReview.count({ where: { verdictId, action: "approved" } })).toBe(0);
  });
});
