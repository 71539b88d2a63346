"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { listArticles } from "@/lib/contracts/api/articles";
import { recordVerdict } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import type { DeskWorkflow } from "@/lib/contracts/workflow";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { VerdictCreateSchema, type VerdictCreateInput } from "@/lib/schemas/verdict";
import { RATING_INFO, RATINGS, ratingFromEvidence, STANCE_INFO, type Rating } from "@/lib/verdicts";
import type { DeskClaim } from "@/lib/contracts/desk";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { useDraft } from "../drafts/use-draft";
import { useEarlyTyping } from "../drafts/use-early-typing";
import { useFormErrors } from "../use-form-errors";
import { ConflictNotice } from "./conflict-notice";
import { keepVersion } from "./use-claim-action";

export type VerdictFormProps = { claim: DeskClaim; workflow?: DeskWorkflow };

export function VerdictForm({ claim, workflow }: VerdictFormProps) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Rating | null>(null);
  // Review before publish (ADR 0028): editors send verdicts for review; admins may publish with a reason.
  const review = workflow?.reviewBeforePublish ?? false;
  const admin = workflow?.me.role === "admin";
  const key = keyOf(deskClaim, { params: { id: claim.id } });
  // Changing a verdict starts from the current rationale; what is typed is a local draft until saved.
  const rationale = useDraft(`verdict:${claim.id}`, claim.currentVerdict?.rationale ?? "");
  const rationaleBox = useRef<HTMLTextAreaElement>(null);
  useEarlyTyping(rationaleBox, rationale.value, rationale.set);
  const mutation = useMutation({
    mutationFn: (input: VerdictCreateInput) => call(recordVerdict, { params: { id: claim.id }, input }),
    // Show the new verdict at once; roll back if the server refuses it.
    onMutate: async (input) => {
      setSaved(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<DeskClaim>(key);
      if (previous) {
        const now = new Date().toISOString();
        const optimistic = {
          id: "optimistic",
          claimId: null,
          rating: input.rating,
          rationale: input.rationale,
          decidedAt: now,
          publishedAt: input.publish ? now : null,
          reviewState: input.publish ? ("published" as const) : input.requestReview ? ("in_review" as const) : ("draft" as const),
          decidedBy: null,
          reviews: [],
        };
        queryClient.setQueryData<DeskClaim>(key, {
          ...previous,
          currentVerdict: input.publish ? optimistic : previous.currentVerdict,
          verdicts: [optimistic, ...previous.verdicts],
        });
      }
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      errors.fromServer(error);
    },
    onSuccess: (answer, input) => {
      keepVersion(queryClient, claim.id, answer);
      rationale.clear();
      setSaved(
        input.requestReview
          ? "Verdict sent for review. Another editor approves it or sends it back; readers see nothing yet."
          : input.publish
            ? claim.publishedAt
              ? "Verdict recorded and published. Readers see it now."
              : "Verdict recorded and published; publish the claim too for readers to see it."
            : "Verdict saved as a draft. Readers do not see it until it is published.",
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      // The rating shows on its article's marks and in later articles' claim pickers.
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
      void queryClient.invalidateQueries({ queryKey: keyOf(deskMyWork) });
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const intent = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
    const input = errors.check(VerdictCreateSchema, {
      rating: form.get("rating") ?? undefined,
      rationale: String(form.get("rationale") ?? ""),
      version: claim.version,
      publish: intent === "publish",
      requestReview: intent === "review" || undefined,
      reason: intent === "publish" && review ? String(form.get("reason") ?? "") : undefined,
    });
    if (input) mutation.mutate(input);
  }

  const current = claim.currentVerdict;
  // A first verdict starts from what the evidence says (issue 14: fewer clicks per claim); a change starts from the current rating.
  const suggested = current ? null : ratingFromEvidence(claim.evidence.map((e) => e.stance));
  const initial = chosen ?? current?.rating ?? suggested;
  return (
    <section className="card" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{current ? "Change the verdict" : "Set the verdict"}</h2>
      <form onSubmit={submit} aria-label="Verdict">
        <fieldset className="field">
          <legend>Rating</legend>
          {/* Uncontrolled, so a click made before the page hydrates is kept; remounted when the evidence's suggestion changes. */}
          <div className="row" key={`${current?.id ?? ""}:${suggested ?? ""}`}>
            {RATINGS.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="rating" value={r} defaultChecked={initial === r} onChange={() => setChosen(r)} />{" "}
                <span aria-hidden="true">{RATING_INFO[r].icon}</span> {RATING_INFO[r].label}
              </label>
            ))}
          </div>
          {!chosen && suggested && (
            <p className="small muted" data-testid="rating-from-evidence">
              Preselected from the evidence: every passage that takes a side{" "}
              {suggested === "confirmed" ? STANCE_INFO.supports.label.toLowerCase() : STANCE_INFO.contradicts.label.toLowerCase()} the rumor. Check it against
              the quotes.
            </p>
          )}
          <FieldError errors={errors.fields} name="rating" />
        </fieldset>
        <div className="field">
          <label htmlFor="verdict-rationale">Rationale</label>
          <textarea
            ref={rationaleBox}
            id="verdict-rationale"
            name="rationale"
            rows={4}
            placeholder="What the later reporting shows, and what it does not"
            value={rationale.value}
            onChange={(e) => rationale.set(e.target.value)}
          />
          <FieldError errors={errors.fields} name="rationale" />
        </div>
        <FormAlert error={mutation.error} success={saved} />
        <ConflictNotice error={mutation.error} claimId={claim.id} />
        {review && admin && (
          <div className="field">
            <label htmlFor="verdict-reason">Reason to publish without review (admins)</label>
            <input id="verdict-reason" name="reason" type="text" />
            <FieldError errors={errors.fields} name="reason" />
          </div>
        )}
        <div className="row">
          {review ? (
            <button type="submit" name="intent" value="review" disabled={mutation.isPending}>
              Send for review
            </button>
          ) : (
            <button type="submit" name="intent" value="publish" disabled={mutation.isPending}>
              Publish verdict
            </button>
          )}
          <button type="submit" name="intent" value="draft" className="secondary" disabled={mutation.isPending}>
            Save as draft
          </button>
          {review && admin && (
            <button type="submit" name="intent" value="publish" className="secondary" disabled={mutation.isPending}>
              Publish without review
            </button>
          )}
        </div>
        <p className="small muted">
          Every verdict is kept in the history; readers see the newest published one.
          {review && " Review before publish is on: a second editor approves each verdict before it is published."}
        </p>
      </form>
    </section>
  );
}
