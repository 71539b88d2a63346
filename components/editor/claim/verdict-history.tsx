"use client";

import { formatDay } from "@/lib/dates";
import type { DeskClaim, DeskReviewStep } from "@/lib/contracts/desk";
import type { DeskWorkflow } from "@/lib/contracts/workflow";
import { REVIEW_STATE_LABEL } from "@/lib/review";
import { FormAlert } from "@/components/ui/form-alert";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { useReviewStep } from "../workflow/use-review-step";
import { VerdictReviewActions } from "../workflow/verdict-review-actions";
import { ConflictNotice } from "./conflict-notice";

export type VerdictHistoryProps = { claim: DeskClaim; workflow?: DeskWorkflow };

const STEP_LABEL: Record<DeskReviewStep["action"], string> = {
  requested: "sent for review",
  approved: "approved",
  changes_requested: "requested changes",
  published_without_review: "published without review",
};

export function VerdictHistory({ claim, workflow }: VerdictHistoryProps) {
  const action = useReviewStep(claim.id);
  const { verdicts } = claim;
  const currentId = claim.currentVerdict?.id;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Verdict history</h2>
      <FormAlert error={action.error} />
      {/* Not role="status": the verdict form's own message may still be on the page. */}
      <p className="small muted" aria-live="polite" data-testid="review-step-done">
        {action.done}
      </p>
      <ConflictNotice error={action.error} claimId={claim.id} />
      {verdicts.length === 0 ? (
        <p className="muted">No verdict yet: the claim shows as pending.</p>
      ) : (
        <ol className="stack" data-testid="verdict-history">
          {verdicts.map((v) => (
            <li key={v.id} data-state={v.reviewState} data-verdict={v.id} data-version={claim.version}>
              <VerdictBadge rating={v.rating} /> {v.id === currentId && <strong className="small">current</strong>}{" "}
              <span className="badge badge-state" data-testid="review-state">
                {REVIEW_STATE_LABEL[v.reviewState]}
              </span>{" "}
              <span className="small muted">
                {formatDay(v.decidedAt)}
                {v.decidedBy && <> by {v.decidedBy.name}</>}
              </span>
              <p>{v.rationale}</p>
              {v.reviews.length > 0 && (
                <div className="small review-thread" data-testid="review-thread">
                  {v.reviews.map((r) => (
                    <p key={r.id}>
                      {r.actor?.name ?? "The system"} {STEP_LABEL[r.action]}, {formatDay(r.at)}
                      {r.comment && <>: “{r.comment}”</>}
                    </p>
                  ))}
                </div>
              )}
              {v.id !== "optimistic" && workflow && (
                <VerdictReviewActions verdict={v} version={claim.version} workflow={workflow} pending={action.isPending} onStep={(s) => action.mutate(s)} />
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
