"use client";

import { useId, type FormEvent } from "react";
import type { DeskReviewedVerdict } from "@/lib/contracts/desk";
import type { DeskWorkflow } from "@/lib/contracts/workflow";
import { RATING_INFO, RATINGS, type Rating } from "@/lib/verdicts";
import type { ReviewStep } from "./use-review-step";

export type VerdictReviewActionsProps = {
  verdict: DeskReviewedVerdict;
  version: number;
  workflow: DeskWorkflow;
  pending: boolean;
  onStep: (step: ReviewStep) => void;
};

const text = (event: FormEvent<HTMLFormElement>, name: string) => String(new FormData(event.currentTarget).get(name) ?? "");

/**
 * What the signed-in editor may do with one verdict (ADR 0028); the server
 * checks every rule again (an author never approves their own verdict).
 */
export function VerdictReviewActions({ verdict: v, version, workflow, pending, onStep }: VerdictReviewActionsProps) {
  const uid = useId();
  const { me, reviewBeforePublish } = workflow;
  const mine = v.decidedBy?.id === me.id;
  const author = mine || v.decidedBy === null;
  const base = { id: v.id, version };
  if (v.reviewState === "published") {
    return (
      <button type="button" className="link-button small" disabled={pending} onClick={() => onStep({ step: "unpublish", ...base })}>
        Unpublish
      </button>
    );
  }
  const canPublish = !reviewBeforePublish || v.reviewState === "approved";
  const canRequest = (v.reviewState === "draft" || v.reviewState === "changes_requested") && (author || me.role === "admin");
  const canReview = v.reviewState === "in_review" && !mine;
  function submit(step: "changes" | "resubmit" | "direct") {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (step === "changes") onStep({ step: "changes", ...base, comment: text(event, "comment") });
      else if (step === "direct") onStep({ step: "publish", ...base, reason: text(event, "reason") });
      else onStep({ step: "request", ...base, rating: text(event, "rating") as Rating, rationale: text(event, "rationale") });
    };
  }
  return (
    <div className="stack review-actions">
      <div className="row">
        {canPublish && (
          <button type="button" disabled={pending} onClick={() => onStep({ step: "publish", ...base })}>
            Publish
          </button>
        )}
        {canRequest && (
          <button type="button" className={canPublish ? "secondary" : undefined} disabled={pending} onClick={() => onStep({ step: "request", ...base })}>
            Request review
          </button>
        )}
        {/* Once approved any editor may publish, so the reviewer may do both at once (the server re-checks both). */}
        {canReview && reviewBeforePublish && (
          <button type="button" disabled={pending} onClick={() => onStep({ step: "approvePublish", ...base })}>
            Approve and publish
          </button>
        )}
        {canReview && (
          <button
            type="button"
            className={reviewBeforePublish ? "secondary" : undefined}
            disabled={pending}
            onClick={() => onStep({ step: "approve", ...base })}
          >
            Approve
          </button>
        )}
        {v.reviewState === "in_review" && mine && <span className="small muted">Waiting for another editor’s review.</span>}
      </div>
      {canReview && (
        <details>
          <summary>Request changes</summary>
          <form onSubmit={submit("changes")} aria-label="Request changes">
            <label htmlFor={`${uid}-comment`}>What should change</label>
            <textarea id={`${uid}-comment`} name="comment" rows={3} required />
            <button type="submit" className="secondary" disabled={pending}>
              Send back to the author
            </button>
          </form>
        </details>
      )}
      {v.reviewState === "changes_requested" && mine && (
        <details open>
          <summary>Revise and resubmit</summary>
          <form onSubmit={submit("resubmit")} aria-label="Revise and resubmit">
            <label htmlFor={`${uid}-rating`}>Rating</label>
            <select id={`${uid}-rating`} name="rating" defaultValue={v.rating}>
              {RATINGS.map((r) => (
                <option key={r} value={r}>
                  {RATING_INFO[r].label}
                </option>
              ))}
            </select>
            <label htmlFor={`${uid}-rationale`}>Rationale</label>
            <textarea id={`${uid}-rationale`} name="rationale" rows={4} defaultValue={v.rationale} />
            <button type="submit" disabled={pending}>
              Resubmit for review
            </button>
          </form>
        </details>
      )}
      {reviewBeforePublish && me.role === "admin" && v.reviewState !== "approved" && (
        <details>
          <summary>Publish without review (admins)</summary>
          <form onSubmit={submit("direct")} aria-label="Publish without review">
            <label htmlFor={`${uid}-reason`}>Why it cannot wait for a review</label>
            <textarea id={`${uid}-reason`} name="reason" rows={2} required />
            <button type="submit" className="secondary" disabled={pending}>
              Publish without review
            </button>
          </form>
        </details>
      )}
    </div>
  );
}
