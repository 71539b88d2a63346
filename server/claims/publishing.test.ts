import { describe, expect, it } from "vitest";
import { POST_TEXT, claimWorld, span } from "@/test/fixtures";
import { setClaimPublished } from "./claims";
import { db } from "@/server/platform/db";
import { listClaimAudit } from "@/server/auth/audit";
import { addEvidence } from "./evidence";
import { getPublicClaim, listPublicClaims } from "@/server/reader/public-claim";
import { recordVerdict, setVerdictPublished } from "./verdicts";

const versionOf = async (id: string) => (await db.claim.findUniqueOrThrow({ where: { id }, select: { rumor: { select: { version: true } } } })).rumor.version;
const visible = async (id: string) => (await listPublicClaims()).some((c) => c.id === id);

describe("publishing", () => {
  it("keeps drafts from readers until both the claim and a verdict are published", async () => {
    const { claimId } = await claimWorld();
    expect(await visible(claimId)).toBe(false);
    await expect(getPublicClaim(claimId)).rejects.toMatchObject({ code: "not_found" });

    const draft = await recordVerdict(claimId, { rating: "confirmed", rationale: "The review says so plainly.", version: await versionOf(claimId) }, null);
    expect(draft.publishedAt).toBeNull();
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, true, null);
    let reader = await getPublicClaim(claimId);
    expect(reader.rating).toBe("pending");
    expect(reader.history).toEqual([]);

    await setVerdictPublished(draft.id, { version: await versionOf(claimId) }, true, null);
    reader = await getPublicClaim(claimId);
    expect(reader.rating).toBe("confirmed");
    expect(reader.history).toHaveLength(1);

    // A newer draft changes nothing for readers.
    await recordVerdict(claimId, { rating: "refuted", rationale: "Second thoughts, not yet checked.", version: await versionOf(claimId) }, null);
    expect((await getPublicClaim(claimId)).rating).toBe("confirmed");

    await setVerdictPublished(draft.id, { version: await versionOf(claimId) }, false, null);
    expect((await getPublicClaim(claimId)).rating).toBe("pending");
    await setClaimPublished(claimId, { version: await versionOf(claimId) }, false, null);
    expect(await visible(claimId)).toBe(false);

    // A claim's trail: its own changes and its rumor's (the verdicts are the rumor's).
    const { rumorId } = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true } });
    const actions = (await listClaimAudit(claimId, rumorId)).map((a) => a.action).reverse();
    expect(actions).toEqual([
      "rumor.create",
      "claim.create",
      "verdict.record_draft",
      "claim.publish",
      "verdict.publish",
      "verdict.record_draft",
      "verdict.unpublish",
      "claim.unpublish",
    ]);
  });

  it("refuses a stale publish with 409 and records the refused attempt", async () => {
    const { claimId } = await claimWorld();
    const stale = await versionOf(claimId);
    await setClaimPublished(claimId, { version: stale }, true, null);
    await expect(setClaimPublished(claimId, { version: stale }, false, null)).rejects.toMatchObject({ code: "conflict", status: 409 });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { publishedAt: true } })).publishedAt).not.toBeNull();
    const refused = await db.auditEvent.findMany({ where: { claimId, outcome: "refused" }, select: { action: true } });
    expect(refused).toEqual([{ action: "claim.unpublish" }]);
  });
});

describe("audit log", () => {
  it("is written in the same transaction: a refused change leaves no ok entry", async () => {
    const { claimId, post } = await claimWorld();
    const before = await db.auditEvent.count();
    // Outside the text: invalid, so neither the evidence nor its audit row is written.
    await expect(addEvidence(claimId, { articleId: post, start: 0, end: 10_000, stance: "supports" }, null)).rejects.toMatchObject({ code: "invalid" });
    expect(await db.auditEvent.count()).toBe(before);

    await addEvidence(claimId, { articleId: post, ...span(POST_TEXT, "The band did reunite on stage"), stance: "supports" }, null);
    const entry = await db.auditEvent.findFirstOrThrow({ where: { claimId, action: "evidence.add" }, select: { after: true, actorEmail: true } });
    expect(entry.actorEmail).toBeNull();
    expect(JSON.parse(entry.after!)).toMatchObject({ stance: "supports", quoteText: "The band did reunite on stage" });
  });
});
