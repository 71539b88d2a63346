"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { updateClaim } from "@/lib/contracts/api/claims";
import { deskClaim } from "@/lib/contracts/api/desk";
import { moveClaim } from "@/lib/contracts/api/rumors";
import type { DeskClaim } from "@/lib/contracts/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import type { ClaimStance } from "@/lib/stance";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "../claim/conflict-notice";
import { keepVersion } from "../claim/use-claim-action";
import { OverrideForm } from "./override-form";
import { ResolutionForm } from "./resolution-form";
import { RumorMatches } from "./rumor-matches";
import { RelayPicker } from "./relay-picker";
import { StanceSelect } from "./stance-select";
import { useRumorWrite } from "./use-rumor-write";

/**
 * The claim as one appearance of a rumor: which rumor, the claim's stance
 * toward it, own reporting or relayed, its own verdict override; split it
 * out, link it elsewhere, or merge its rumor into another.
 */
export function RumorPanel({ claim }: { claim: DeskClaim }) {
  const queryClient = useQueryClient();
  const others = claim.rumor.claimCount - 1;
  const stance = useMutation({
    mutationFn: (value: ClaimStance) => call(updateClaim, { params: { id: claim.id }, input: { stance: value, version: claim.version } }),
    onSuccess: (answer) => keepVersion(queryClient, claim.id, answer),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claim.id } }) }),
  });
  const split = useRumorWrite(claim.id, () => call(moveClaim, { params: { id: claim.id }, input: { version: claim.version } }));

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="rumor-of-claim">
        <h2 id="rumor-of-claim">The rumor</h2>
        <p>
          <strong>{claim.rumor.statement}</strong>
        </p>
        <p className="small muted" data-testid="rumor-size">
          {claim.rumor.claimCount === 1 ? "This claim is its only appearance so far." : `${claim.rumor.claimCount} appearances, this one included.`}{" "}
          {claim.origin && "This claim is its first published appearance. "}
          {claim.own ? "The outlet's own reporting" : `Relayed (attributed to ${claim.attributedTo})`}
          {claim.relayedFrom && <> from {claim.relayedFrom.name}</>}.
        </p>
        <StanceSelect
          id={`stance-${claim.id}`}
          quote={claim.quoteText}
          value={stance.isPending && stance.variables ? stance.variables : claim.stance}
          onChange={(value) => stance.mutate(value)}
        />
        <RelayPicker claim={claim} />
        <FormAlert error={stance.error ?? split.error} success={stance.isSuccess ? "Stance saved: the claim's rating follows it." : null} />
        <ConflictNotice error={stance.error ?? split.error} claimId={claim.id} />
        {others > 0 && (
          <p>
            <button type="button" className="secondary" disabled={split.isPending} onClick={() => split.mutate(undefined)}>
              Split this claim out into a rumor of its own
            </button>{" "}
            <span className="small muted">
              The other {others} {others === 1 ? "appearance keeps" : "appearances keep"} the rumor, its evidence and verdicts.
            </span>
          </p>
        )}
      </section>
      <RumorMatches claimId={claim.id} rumorId={claim.rumor.id} version={claim.version} canMerge={others > 0} />
      <ResolutionForm claim={claim} />
      <OverrideForm claim={claim} />
    </div>
  );
}
