import "server-only";
import { VerdictCreateSchema, VerdictPublishSchema } from "@/lib/schemas/verdict";
import { requireEditor, type Actor } from "@/server/auth/session";
import { readerChanged } from "@/server/cache/reader-cache";
import { db, type Tx } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { notifyReviewers } from "@/server/notifications/workflow-events";
import { deliverSoon } from "@/server/webhooks/delivery";
import { verdictPublished } from "@/server/webhooks/events";
import { withRumorFacts } from "./facts";
import { approveWithin, publishGate, stateAfterUnpublish, verdictSelect } from "./review";
import { audit, bumpRumorVersion, rumorOfClaim, rumorWrite } from "./versions";

// A rumor's verdict history holds its rumor-wide verdicts and the overrides
// editors set for single claims (`claimId`), drafts and published alike; the
// rumor points at its latest published rumor-wide verdict, a claim at its
// latest published override. Every change goes through the facts
// (server/claims/facts.ts), since every claim's rating follows from them.

/** Points the rumor (or, for an override, its claim) at its latest published verdict. */
async function repoint(tx: Tx, rumorId: string, claimId: string | null) {
  const latest = await tx.verdict.findFirst({
    where: { rumorId, claimId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { decidedAt: "desc" }],
    select: { id: true },
  });
  // A void rumor has nothing to resolve: no verdict may become current until the void is undone.
  const rumor = await tx.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { voidedAt: true, currentVerdictId: true } });
  const current = claimId
    ? (await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { overrideVerdictId: true } })).overrideVerdictId
    : rumor.currentVerdictId;
  if (rumor.voidedAt && latest && latest.id !== current) throw new AppError("conflict", "The rumor is void: undo the void before publishing a verdict.");
  if (claimId) await tx.claim.update({ where: { id: claimId }, data: { overrideVerdictId: latest?.id ?? null } });
  else await tx.rumor.update({ where: { id: rumorId }, data: { currentVerdictId: latest?.id ?? null } });
}

/**
 * `claimId`: an override of that claim; `via`: the claim whose page the
 * editor decided on (for its audit trail), when the verdict is the rumor's.
 */
async function record(rumorId: string, claimId: string | null, input: unknown, actor: Actor | null, via: string | null = claimId) {
  const data = parseInput(VerdictCreateSchema, input);
  if (data.publish && data.requestReview) throw invalid("Either publish the verdict or send it for review, not both.");
  const kind = claimId ? "override" : "verdict";
  const step = data.publish ? "record_publish" : data.requestReview ? "record_review" : "record_draft";
  const attempt = {
    action: `${kind}.${step}`,
    entityType: "verdict" as const,
    entityId: "-",
    rumorId,
    claimId: via,
    after: data,
  };
  let told = 0;
  const verdict = await rumorWrite(actor, attempt, async (tx) => {
    // A new verdict has had no review: publishing it at once is for the
    // system, a newsroom without review, or an admin with a reason.
    const gate = data.publish ? await publishGate(tx, actor, "draft", data.reason) : "open";
    const version = await bumpRumorVersion(tx, rumorId, data.version);
    const now = new Date();
    const verdict = await withRumorFacts(tx, [rumorId], async () => {
      const created = await tx.verdict.create({
        data: {
          rumorId,
          claimId,
          rating: data.rating,
          rationale: data.rationale,
          decidedById: actor?.id ?? null,
          decidedAt: now,
          publishedAt: data.publish ? now : null,
          reviewState: data.publish ? "published" : data.requestReview ? "in_review" : "draft",
        },
        select: verdictSelect,
      });
      if (data.publish) await repoint(tx, rumorId, claimId);
      return created;
    });
    if (data.requestReview) {
      await tx.verdictReview.create({ data: { verdictId: verdict.id, actorId: actor?.id ?? null, action: "requested", at: now } });
      await notifyReviewers(tx, { rumorId, claimId: claimId ?? via }, actor?.id ?? null, actor?.id ?? null);
    }
    if (gate === "direct") {
      await tx.verdictReview.create({
        data: { verdictId: verdict.id, actorId: actor?.id ?? null, action: "published_without_review", comment: data.reason, at: now },
      });
    }
    if (data.publish) told = await verdictPublished(tx, verdict.id);
    const action = gate === "direct" ? `${kind}.record_publish_without_review` : attempt.action;
    await audit(tx, actor, { ...attempt, action, entityId: verdict.id, after: { ...verdict, ...(gate === "direct" ? { reason: data.reason } : {}) } });
    return { ...verdict, version };
  });
  if (data.publish) readerChanged({ rumorIds: [rumorId] });
  if (told) void deliverSoon();
  return verdict;
}

/**
 * Records a verdict on a rumor, as a draft unless `publish` is set. Earlier
 * verdicts stay in its history. Carries the rumor version it was based on:
 * of two editors deciding at once, the second is refused.
 */
export async function recordRumorVerdict(rumorId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const rumor = await db.rumor.findUnique({ where: { id: rumorId }, select: { id: true } });
  if (!rumor) throw notFound("The rumor");
  return record(rumorId, null, input, who);
}

/** `POST /api/v1/claims/{id}/verdicts`: a verdict on the claim's rumor (every claim of it follows). */
export async function recordVerdict(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  return record(await rumorOfClaim(db, claimId), null, input, who, claimId);
}

/** A verdict for this claim alone, when its wording differs from the rumor's (e.g. an outlet added a wrong detail). */
export async function recordOverride(claimId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  return record(await rumorOfClaim(db, claimId), claimId, input, who);
}

/**
 * Publishes or unpublishes a verdict or an override; the one readers see
 * follows. With review before publish on, publishing needs an approved
 * verdict, or an admin and a `reason` (ADR 0028); unpublishing takes it back
 * to approved (when its last review approved it) or draft. `approve`: a
 * reviewer's "Approve and publish", the approval (with all its checks: never
 * the author's own) and the publication in one transaction.
 */
export async function setVerdictPublished(verdictId: string, input: unknown, publish: boolean, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const { version, reason, approve } = parseInput(VerdictPublishSchema, input);
  if (approve && !publish) throw invalid("Only publishing can approve a verdict in the same step.", { approve: ["Not when unpublishing."] });
  const found = await db.verdict.findUnique({ where: { id: verdictId }, select: verdictSelect });
  if (!found) throw notFound("The verdict");
  const attempt = {
    action: publish ? "verdict.publish" : "verdict.unpublish",
    entityType: "verdict" as const,
    entityId: verdictId,
    rumorId: found.rumorId,
    claimId: found.claimId,
  };
  let told = 0;
  const result = await rumorWrite(who, attempt, async (tx) => {
    const state = approve ? await approveWithin(tx, who, found) : found.reviewState;
    const gate = publish && !found.publishedAt ? await publishGate(tx, who, state, reason) : "open";
    const next = await bumpRumorVersion(tx, found.rumorId, version);
    const after = await withRumorFacts(tx, [found.rumorId], async () => {
      const updated = await tx.verdict.update({
        where: { id: verdictId },
        data: publish
          ? { publishedAt: found.publishedAt ?? new Date(), reviewState: "published" }
          : { publishedAt: null, reviewState: found.publishedAt ? await stateAfterUnpublish(tx, verdictId) : found.reviewState },
        select: verdictSelect,
      });
      await repoint(tx, found.rumorId, found.claimId);
      return updated;
    });
    if (gate === "direct")
      await tx.verdictReview.create({ data: { verdictId, actorId: who?.id ?? null, action: "published_without_review", comment: reason } });
    // Told once, when it first becomes public; unpublishing tells nobody (ADR 0033).
    if (publish && !found.publishedAt) told = await verdictPublished(tx, verdictId);
    const action = gate === "direct" ? "verdict.publish_without_review" : attempt.action;
    await audit(tx, who, { ...attempt, action, before: found, after: gate === "direct" ? { ...after, reason } : after });
    return { ...after, version: next };
  });
  readerChanged({ rumorIds: [found.rumorId] });
  if (told) void deliverSoon();
  return result;
}

/** An override must be about a claim of the rumor; used when claims move between rumors. */
export async function moveOverrides(tx: Tx, claimId: string, toRumorId: string) {
  await tx.verdict.updateMany({ where: { claimId }, data: { rumorId: toRumorId } });
}
