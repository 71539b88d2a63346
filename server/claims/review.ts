import "server-only";
import { REVIEW_STATE_LABEL, type ReviewAction, type ReviewState } from "@/lib/review";
import type { Rating } from "@/lib/verdicts";
import { ApproveSchema, RequestChangesSchema, ReviewRequestSchema } from "@/lib/schemas/review";
import { requireEditor, type Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/platform/db";
import { AppError, invalid, notFound, parseInput } from "@/server/platform/errors";
import { notifyChangesRequested, notifyReviewers } from "@/server/notifications/workflow-events";
import { reviewRequired } from "@/server/workflow/settings";
import { audit, bumpRumorVersion, rumorWrite } from "./versions";

// Review before publish (ADR 0028): draft → in review → approved or changes
// requested (back to the author) → published. The state lives on the
// verdict; `published` is exactly `publishedAt` set, so readers' filters
// (visibility.ts) need nothing new. Each step bumps the rumor's version
// (409 when stale) and writes its audit row and review-thread row in the
// same transaction. Nothing here changes what readers see.

export const verdictSelect = {
  id: true,
  rumorId: true,
  claimId: true,
  rating: true,
  rationale: true,
  decidedAt: true,
  publishedAt: true,
  reviewState: true,
  decidedById: true,
} as const;

type Found = { id: string; rumorId: string; claimId: string | null; reviewState: ReviewState; decidedById: string | null };

/**
 * Whether `actor` may publish a verdict in `state` now: "open" (no review
 * needed: the system, or the setting is off), "reviewed" (approved), or
 * "direct" (an admin with a reason). Anything else is refused.
 */
export async function publishGate(tx: Tx, actor: Actor | null, state: ReviewState, reason: string | undefined): Promise<"open" | "reviewed" | "direct"> {
  if (!actor || !(await reviewRequired(tx))) return "open";
  if (state === "approved") return "reviewed";
  if (actor.role === "admin") {
    if (reason) return "direct";
    throw invalid("Review before publish is on: give a reason to publish this verdict without a review.", {
      reason: ["Say why this verdict is published without a review."],
    });
  }
  throw new AppError(
    "forbidden",
    "Review before publish is on: another editor must approve this verdict before it is published. Save it as a draft and request a review.",
  );
}

/** An unpublished verdict goes back to approved when its last review step approved it, otherwise to draft. */
export async function stateAfterUnpublish(tx: Tx, verdictId: string): Promise<ReviewState> {
  const last = await tx.verdictReview.findFirst({
    where: { verdictId, action: { not: "published_without_review" } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { action: true },
  });
  return last?.action === "approved" ? "approved" : "draft";
}

type Step = {
  action: ReviewAction;
  audit: string;
  from: ReviewState[];
  to: ReviewState;
  /** Throws when this actor may not take the step. */
  allow: (found: Found, who: Actor) => void;
};

type StepOptions = {
  /** The rumor version the editor saw; undefined: as it is (bulk actions). */
  version?: number;
  comment?: string;
  revise?: { rating?: Rating; rationale?: string };
  /** The claim the editor acted from, for the audit row and the notification of a rumor-wide verdict. */
  via?: string | null;
};

/** Whether `who` may take `def` on the verdict as `found`; throws the refusal otherwise. */
function checkStep(found: Found, who: Actor | null, def: Step): asserts who is Actor {
  if (!who) throw new AppError("forbidden", "A review step needs an editor's account.");
  if (!def.from.includes(found.reviewState)) {
    throw invalid(`This verdict is ${REVIEW_STATE_LABEL[found.reviewState]}: it cannot be ${describe(def.action)} now.`);
  }
  def.allow(found, who);
}

/** One review step inside the caller's transaction: the rules, the version bump, the thread row, the notifications and the audit row. */
async function stepIn(tx: Tx, who: Actor, verdictId: string, def: Step, { version, comment, revise, via }: StepOptions) {
  const found = await tx.verdict.findUnique({ where: { id: verdictId }, select: verdictSelect });
  if (!found) throw notFound("The verdict");
  checkStep(found, who, def);
  const next = await bumpRumorVersion(tx, found.rumorId, version);
  const after = await tx.verdict.update({
    where: { id: verdictId },
    data: { reviewState: def.to, ...(revise?.rating ? { rating: revise.rating } : {}), ...(revise?.rationale ? { rationale: revise.rationale } : {}) },
    select: verdictSelect,
  });
  await tx.verdictReview.create({ data: { verdictId, actorId: who.id, action: def.action, comment: comment ?? null } });
  const subject = { rumorId: found.rumorId, claimId: found.claimId ?? via ?? null };
  if (def.to === "in_review") await notifyReviewers(tx, subject, found.decidedById, who.id);
  if (def.to === "changes_requested") await notifyChangesRequested(tx, subject, found.decidedById, who.id);
  await audit(tx, who, {
    action: def.audit,
    entityType: "verdict",
    entityId: verdictId,
    ...subject,
    before: found,
    after: { ...after, ...(comment ? { comment } : {}) },
  });
  return { ...after, version: next };
}

async function step(verdictId: string, who: Actor | null, def: Step, options: StepOptions) {
  if (!who) throw new AppError("forbidden", "A review step needs an editor's account.");
  const found = await db.verdict.findUnique({ where: { id: verdictId }, select: verdictSelect });
  if (!found) throw notFound("The verdict");
  checkStep(found, who, def);
  const attempt = { action: def.audit, entityType: "verdict" as const, entityId: verdictId, rumorId: found.rumorId, claimId: found.claimId };
  return rumorWrite(who, attempt, (tx) => stepIn(tx, who, verdictId, def, options));
}

const describe = (action: ReviewAction) =>
  ({ requested: "sent for review", approved: "approved", changes_requested: "sent back", published_without_review: "published" })[action];

const notAuthor = (verb: string) => (found: Found, who: Actor) => {
  if (found.decidedById === who.id) throw new AppError("forbidden", `You wrote this verdict: another editor must ${verb} it.`);
};

/**
 * The author (or an admin) sends a draft, or a verdict that came back with
 * changes requested, for review; the author may revise its rating and
 * rationale in the same step.
 */
export async function requestReview(verdictId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ReviewRequestSchema, input);
  const revising = data.rating !== undefined || data.rationale !== undefined;
  return step(verdictId, who, requestStep(revising), { version: data.version, revise: { rating: data.rating, rationale: data.rationale } });
}

function requestStep(revising: boolean): Step {
  return {
    action: "requested",
    audit: revising ? "verdict.review_resubmit" : "verdict.review_request",
    from: ["draft", "changes_requested"],
    to: "in_review",
    allow: (found, who) => {
      const author = found.decidedById === null || found.decidedById === who.id;
      if (!author && (revising || who.role !== "admin")) {
        throw new AppError("forbidden", "Only the verdict's author can send it for review (or revise it); an admin can send it as it is.");
      }
    },
  };
}

/**
 * The same step as requestReview (same rules, audit action and
 * notifications) inside the caller's transaction, on the rumor as it is:
 * for bulk actions, which act from the claim `via`.
 */
export async function requestReviewIn(tx: Tx, who: Actor | null, verdictId: string, via: string) {
  if (!who) throw new AppError("forbidden", "A review step needs an editor's account.");
  return stepIn(tx, who, verdictId, requestStep(false), { via });
}

const APPROVE: Step = { action: "approved", audit: "verdict.review_approve", from: ["in_review"], to: "approved", allow: notAuthor("approve") };

/** A second editor approves a verdict in review; its author never can. */
export async function approveVerdict(verdictId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ApproveSchema, input);
  return step(verdictId, who, APPROVE, { version: data.version, comment: data.comment });
}

/**
 * The approval of "Approve and publish" (server/claims/verdicts.ts), inside
 * the publication's transaction: the same checks, thread row and audit row
 * as approveVerdict; the caller bumps the version once for both. Answers
 * the state the publish gate then reads.
 */
export async function approveWithin(tx: Tx, who: Actor | null, found: Found): Promise<ReviewState> {
  checkStep(found, who, APPROVE);
  await tx.verdictReview.create({ data: { verdictId: found.id, actorId: who.id, action: "approved" } });
  const attempt = { action: APPROVE.audit, entityType: "verdict" as const, entityId: found.id, rumorId: found.rumorId, claimId: found.claimId };
  await audit(tx, who, { ...attempt, before: found, after: { ...found, reviewState: APPROVE.to } });
  return APPROVE.to;
}

/** A second editor sends a verdict in review back to its author, with a comment saying what to change. */
export async function requestChanges(verdictId: string, input: unknown, actor?: Actor | null) {
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(RequestChangesSchema, input);
  return step(
    verdictId,
    who,
    { action: "changes_requested", audit: "verdict.review_changes", from: ["in_review"], to: "changes_requested", allow: notAuthor("review") },
    { version: data.version, comment: data.comment },
  );
}
