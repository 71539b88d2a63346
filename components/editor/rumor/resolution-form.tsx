"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { updateClaim } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import { unvoidRumor, updateRumor, voidRumor } from "@/lib/contracts/api/rumors";
import type { DeskClaim } from "@/lib/contracts/desk";
import { CLAIM_CERTAINTY, CLAIM_CERTAINTY_LABEL, type ClaimCertainty } from "@/lib/calibration";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { RumorUpdateSchema, RumorVoidSchema, type RumorUpdateInput } from "@/lib/schemas/claim";
import { FieldError } from "@/components/ui/field-error";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "../claim/conflict-notice";
import { keepVersion } from "../claim/use-claim-action";
import { useFormErrors } from "../use-form-errors";

/**
 * How the claim's rumor is resolved (issue 17): the claim's certainty tier,
 * the rumor's confirmed-if / refuted-if criteria and outcome date, and void
 * (with a reason) or undo. Every write carries the rumor's version.
 */
export function ResolutionForm({ claim }: { claim: DeskClaim }) {
  const queryClient = useQueryClient();
  const errors = useFormErrors();
  const [voidReason, setVoidReason] = useState("");
  const settle = {
    onSuccess: (answer: { version: number }) => keepVersion(queryClient, claim.id, answer),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claim.id } }) }),
  };
  const tier = useMutation({
    mutationFn: (certainty: ClaimCertainty) => call(updateClaim, { params: { id: claim.id }, input: { certainty, version: claim.version } }),
    ...settle,
  });
  const save = useMutation({
    mutationFn: (input: RumorUpdateInput) => call(updateRumor, { params: { id: claim.rumor.id }, input }),
    ...settle,
    onError: errors.fromServer,
  });
  const toggleVoid = useMutation({
    mutationFn: (reason: string | null) =>
      reason === null
        ? call(unvoidRumor, { params: { id: claim.rumor.id }, input: { version: claim.version } })
        : call(voidRumor, { params: { id: claim.rumor.id }, input: { reason, version: claim.version } }),
    ...settle,
    onError: errors.fromServer,
  });
  const r = claim.resolution;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = errors.check(RumorUpdateSchema, {
      confirmedIf: String(form.get("confirmedIf") ?? ""),
      refutedIf: String(form.get("refutedIf") ?? ""),
      outcomeAt: String(form.get("outcomeAt") ?? "") || null,
      version: claim.version,
    });
    if (input) save.mutate(input);
  }

  function submitVoid(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (errors.check(RumorVoidSchema, { reason: voidReason, version: claim.version })) toggleVoid.mutate(voidReason);
  }

  const error = tier.error ?? save.error ?? toggleVoid.error;
  return (
    <section className="card stack" aria-labelledby="resolution-of-claim">
      <h2 id="resolution-of-claim">Resolution</h2>
      <div className="field">
        <label htmlFor={`certainty-${claim.id}`}>How sure the source is (this claim)</label>
        <select
          id={`certainty-${claim.id}`}
          value={tier.isPending && tier.variables ? tier.variables : claim.certainty}
          onChange={(e) => tier.mutate(e.target.value as ClaimCertainty)}
        >
          {CLAIM_CERTAINTY.map((c) => (
            <option key={c} value={c}>
              {CLAIM_CERTAINTY_LABEL[c]}
            </option>
          ))}
        </select>
      </div>
      <form onSubmit={submit} className="stack" aria-label="Resolution criteria and outcome">
        <div className="field">
          <label htmlFor="confirmed-if">Confirmed if</label>
          <textarea id="confirmed-if" name="confirmedIf" rows={2} defaultValue={r.confirmedIf ?? ""} />
          <FieldError errors={errors.fields} name="confirmedIf" />
        </div>
        <div className="field">
          <label htmlFor="refuted-if">Refuted if</label>
          <textarea id="refuted-if" name="refutedIf" rows={2} defaultValue={r.refutedIf ?? ""} />
          <FieldError errors={errors.fields} name="refutedIf" />
        </div>
        {claim.evidence.length > 0 && <p className="small muted">Evidence is attached: readers will see that the criteria changed, and when.</p>}
        <div className="field">
          <label htmlFor="outcome-at">Outcome date (when it happened, or was shown not to)</label>
          <input id="outcome-at" name="outcomeAt" type="date" defaultValue={r.outcomeAt?.slice(0, 10) ?? ""} />
          <FieldError errors={errors.fields} name="outcomeAt" />
        </div>
        <p>
          <button type="submit" disabled={save.isPending}>
            Save resolution
          </button>
        </p>
      </form>
      {r.voidedAt ? (
        <p data-testid="desk-void">
          <strong>Void</strong>: {r.voidReason}{" "}
          <button type="button" className="secondary" disabled={toggleVoid.isPending} onClick={() => toggleVoid.mutate(null)}>
            Undo void
          </button>
        </p>
      ) : (
        <form onSubmit={submitVoid} className="row" aria-label="Void the rumor">
          <div className="field">
            <label htmlFor="void-reason">Void the rumor (event cancelled or changed): reason</label>
            <input id="void-reason" name="reason" value={voidReason} onChange={(e) => setVoidReason(e.target.value)} />
            <FieldError errors={errors.fields} name="reason" />
          </div>
          <button type="submit" className="secondary" disabled={toggleVoid.isPending}>
            Void
          </button>
        </form>
      )}
      <FormAlert error={error} success={save.isSuccess ? "Resolution saved." : null} />
      <ConflictNotice error={error} claimId={claim.id} />
    </section>
  );
}
