import "server-only";
import { requestReviewIn } from "@/server/claims/review";
import { AppError, invalid, notFound } from "@/server/platform/errors";
import { activeAssignee, assignIn } from "@/server/workflow/assignment";
import type { BulkAction } from "./bulk";

// The team workflow's bulk actions (issue 14, ADR 0028/0030): assign and
// request review. Each step is the single action's in-transaction write for
// one claim — same rules, audit action and notifications — so a bulk
// assignment or review request reads in the audit log and the colleagues'
// notifications exactly as one made on the claim's page. Neither changes
// what readers see, so neither drops the reader caches.

/** Assigns every claim to the editor (`assigneeId`), or nobody (null). */
export const assignClaims: BulkAction = {
  async prepare(tx, input) {
    if (input.assigneeId === undefined) throw invalid("Choose whom to assign the claims to.", { assigneeId: ["Choose an editor, or nobody."] });
    if (input.assigneeId) await activeAssignee(tx, input.assigneeId);
  },
  async apply(tx, who, claimId, input) {
    const assignee = input.assigneeId ? await activeAssignee(tx, input.assigneeId) : null;
    // Already theirs: nothing to change, no audit row, nobody notified again.
    return (await assignIn(tx, who, "claim", claimId, assignee, false)) ? "ok" : "unchanged";
  },
  refusal: (claimId, input) => ({
    action: input.assigneeId ? "claim.assign" : "claim.unassign",
    entityType: "claim",
    entityId: claimId,
    claimId,
    before: { assigneeId: input.assigneeId },
  }),
};

/**
 * Sends the claim's draft verdicts for review: the latest of its rumor's
 * verdicts and the latest of its own overrides, where that one is not
 * published (an older draft behind a published verdict is history, not
 * work). Both go, or neither: a claim whose override may not be sent keeps
 * its rumor-wide draft as it was too. A verdict already in review is
 * nothing to change (two selected claims of one rumor share its verdict).
 */
export const requestReviews: BulkAction = {
  async apply(tx, who, claimId) {
    if (!who) throw new AppError("forbidden", "A review step needs an editor's account.");
    const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { rumorId: true } });
    if (!claim) throw notFound("The claim");
    const drafts: { id: string; reviewState: string }[] = [];
    for (const scope of [null, claimId]) {
      const latest = await tx.verdict.findFirst({
        where: { rumorId: claim.rumorId, claimId: scope },
        orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
        select: { id: true, reviewState: true },
      });
      if (latest && latest.reviewState !== "published") drafts.push(latest);
    }
    if (drafts.length === 0) throw invalid("This claim has no draft verdict to send for review.");
    const waiting = drafts.filter((v) => v.reviewState !== "in_review");
    if (waiting.length === 0) return "unchanged";
    for (const verdict of waiting) await requestReviewIn(tx, who, verdict.id, claimId);
    return "ok";
  },
  refusal: (claimId) => ({ action: "verdict.review_request", entityType: "claim", entityId: claimId, claimId }),
};
