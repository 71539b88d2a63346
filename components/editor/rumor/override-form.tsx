"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { deskClaim } from "@/lib/contracts/api/desk";
import { recordOverride } from "@/lib/contracts/api/rumors";
import type { DeskClaim } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { VerdictCreateSchema, type VerdictCreateInput } from "@/lib/schemas/verdict";
import { RATING_INFO, RATINGS } from "@/lib/verdicts";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "../claim/conflict-notice";
import { keepVersion } from "../claim/use-claim-action";
import { useFormErrors } from "../use-form-errors";

/**
 * A verdict for this claim alone, when its wording differs from the rumor's
 * (an outlet added a wrong detail): its own rating and rationale, kept in the
 * rumor's history. Readers then see it for this claim instead of the rumor's.
 */
export function OverrideForm({ claim }: { claim: DeskClaim }) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (input: VerdictCreateInput) => call(recordOverride, { params: { id: claim.id }, input }),
    onMutate: () => setSaved(null),
    onSuccess: (answer, input) => {
      keepVersion(queryClient, claim.id, answer);
      setSaved(input.publish ? "Override published: this claim is rated on its own now." : "Override saved as a draft.");
    },
    onError: errors.fromServer,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claim.id } }) }),
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
    });
    if (input) mutation.mutate(input);
  }

  const current = claim.overrideVerdict;
  return (
    <details className="card" open={!!current}>
      <summary>
        <strong>Override the verdict for this claim only</strong>
        {current && <span className="small muted"> · now {RATING_INFO[current.rating].label}</span>}
      </summary>
      <form onSubmit={submit} aria-label="Override for this claim" className="stack">
        <fieldset className="field">
          <legend>Rating of this claim</legend>
          <div className="row">
            {RATINGS.map((r) => (
              <label key={r} className="choice">
                <input type="radio" name="rating" value={r} defaultChecked={current?.rating === r} /> <span aria-hidden="true">{RATING_INFO[r].icon}</span>{" "}
                {RATING_INFO[r].label}
              </label>
            ))}
          </div>
          <FieldError errors={errors.fields} name="rating" />
        </fieldset>
        <div className="field">
          <label htmlFor={`override-rationale-${claim.id}`}>Why this claim differs from the rumor</label>
          <textarea id={`override-rationale-${claim.id}`} name="rationale" rows={3} placeholder="e.g. it added a detail the outcome contradicts" />
          <FieldError errors={errors.fields} name="rationale" />
        </div>
        <FormAlert error={mutation.error} success={saved} />
        <ConflictNotice error={mutation.error} claimId={claim.id} />
        <div className="row">
          <button type="submit" name="intent" value="publish" disabled={mutation.isPending}>
            Publish override
          </button>
          <button type="submit" name="intent" value="draft" className="secondary" disabled={mutation.isPending}>
            Save as draft
          </button>
        </div>
      </form>
    </details>
  );
}
