import "server-only";
import type { BulkReport } from "@/lib/contracts/desk-lists";
import { BulkActionSchema, type BulkActionName } from "@/lib/schemas/desk-list";
import { requireEditor, type Actor } from "@/server/auth/session";
import { loadEvent } from "@/server/claims/claims";
import { withRumorFacts } from "@/server/claims/facts";
import { assertRumorRules } from "@/server/claims/rules";
import { move } from "@/server/claims/rumors";
import { audit, bumpRumorVersion, claimSnapshot, rumorSnapshot } from "@/server/claims/versions";
import type { Tx } from "@/server/platform/db";
import { invalid, notFound, parseInput } from "@/server/platform/errors";
import { deliverSoon } from "@/server/webhooks/delivery";
import { claimPublished } from "@/server/webhooks/events";
import { runBulk, type BulkAction, type StepOutcome } from "./bulk";
import { assignClaims, requestReviews } from "./bulk-workflow";

// The bulk actions of the desk's claim list. Each step is the single write's
// rule set applied to one claim inside runBulk's transaction (the same
// rules, audit actions and version bump as the one-claim endpoints), without
// a version from the editor: a bulk action acts on the claims as they are.
//
// To add an action: its name in BULK_ACTIONS (lib/schemas/desk-list.ts) with
// its input field, and an entry here whose `apply` calls that feature's
// in-transaction write for one claim, throwing an AppError to refuse it
// (assign and request review: ./bulk-workflow.ts).

async function claimOf(tx: Tx, claimId: string) {
  const claim = await claimSnapshot(tx, claimId);
  if (!claim) throw notFound("The claim");
  return claim;
}

function publishing(publish: boolean): BulkAction {
  const action = publish ? "claim.publish" : "claim.unpublish";
  return {
    async apply(tx, who, claimId) {
      const before = await claimOf(tx, claimId);
      if (Boolean(before.publishedAt) === publish) return "unchanged";
      await bumpRumorVersion(tx, before.rumorId, undefined);
      await withRumorFacts(tx, [before.rumorId], async () => {
        await tx.claim.update({ where: { id: claimId }, data: { publishedAt: publish ? new Date() : null } });
        if (publish) await assertRumorRules(tx, before.rumorId);
      });
      // Newsrooms' systems hear of a bulk publication as of a single one (ADR 0033).
      if (publish) await claimPublished(tx, claimId);
      await audit(tx, who, {
        action,
        entityType: "claim",
        entityId: claimId,
        claimId,
        rumorId: before.rumorId,
        before,
        after: await claimSnapshot(tx, claimId),
      });
      return "ok";
    },
    refusal: (claimId) => ({ action, entityType: "claim", entityId: claimId, claimId }),
    changed: (claimIds) => ({ claimIds }),
  };
}

/** The claim's rumor moves to the event (so every claim of that rumor does), re-checked against the event rule. */
const moveEvent: BulkAction = {
  async prepare(tx, input) {
    if (input.eventId === undefined) throw invalid("Choose the event to move the claims to.", { eventId: ["Required."] });
    await loadEvent(tx, input.eventId);
  },
  async apply(tx, who, claimId, input) {
    const { rumorId } = await claimOf(tx, claimId);
    const before = await rumorSnapshot(tx, rumorId);
    const eventId = input.eventId ?? null;
    if (before?.eventId === eventId) return "unchanged";
    await bumpRumorVersion(tx, rumorId, undefined);
    await withRumorFacts(tx, [rumorId], async () => {
      await tx.rumor.update({ where: { id: rumorId }, data: { eventId } });
      await assertRumorRules(tx, rumorId);
    });
    await audit(tx, who, { action: "rumor.update", entityType: "rumor", entityId: rumorId, rumorId, claimId, before, after: await rumorSnapshot(tx, rumorId) });
    return "ok";
  },
  refusal: (claimId, input) => ({ action: "rumor.update", entityType: "claim", entityId: claimId, claimId, before: { eventId: input.eventId } }),
  changed: (claimIds) => ({ claimIds }),
};

/** The claim joins the rumor (linkClaims' step), re-checked against the rumor's event. */
const linkRumor: BulkAction = {
  async prepare(tx, input) {
    if (!input.rumorId) throw invalid("Choose the rumor to link the claims to.", { rumorId: ["Required."] });
    if (!(await tx.rumor.findUnique({ where: { id: input.rumorId }, select: { id: true } })))
      throw invalid("That rumor does not exist.", { rumorId: ["Unknown rumor."] });
  },
  async apply(tx, who, claimId, input) {
    const { rumorId: from } = await claimOf(tx, claimId);
    if (from === input.rumorId) return "unchanged";
    await bumpRumorVersion(tx, from, undefined);
    await move(tx, who, claimId, from, input.rumorId!);
    return "ok";
  },
  refusal: (claimId, input) => ({ action: "claim.move", entityType: "claim", entityId: claimId, claimId, rumorId: input.rumorId }),
  changed: (claimIds, input) => ({ claimIds, rumorIds: input.rumorId ? [input.rumorId] : [] }),
};

/** A mark for the desk only (the "flagged" filter): no version bump, readers never see it. */
function flagging(flag: boolean): BulkAction {
  const action = flag ? "claim.flag" : "claim.unflag";
  return {
    async apply(tx, who, claimId): Promise<StepOutcome> {
      const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { flaggedAt: true, rumorId: true } });
      if (!claim) throw notFound("The claim");
      if (Boolean(claim.flaggedAt) === flag) return "unchanged";
      await tx.claim.update({ where: { id: claimId }, data: { flaggedAt: flag ? new Date() : null } });
      await audit(tx, who, {
        action,
        entityType: "claim",
        entityId: claimId,
        claimId,
        rumorId: claim.rumorId,
        before: { flaggedAt: claim.flaggedAt },
        after: { flagged: flag },
      });
      return "ok";
    },
    refusal: (claimId) => ({ action, entityType: "claim", entityId: claimId, claimId }),
  };
}

const ACTIONS: Record<BulkActionName, BulkAction> = {
  publish: publishing(true),
  unpublish: publishing(false),
  move_event: moveEvent,
  link_rumor: linkRumor,
  flag: flagging(true),
  unflag: flagging(false),
  assign: assignClaims,
  request_review: requestReviews,
};

/** `POST /api/v1/claims/bulk`: one action on many claims, one transaction, a report per claim. */
export async function bulkClaims(input: unknown, actor?: Actor | null): Promise<BulkReport> {
  const who = actor === undefined ? await requireEditor() : actor;
  const { action } = parseInput(BulkActionSchema, input);
  const report = await runBulk(ACTIONS[action], action, input, who);
  if (action === "publish" && report.ok > 0) void deliverSoon();
  return report;
}
