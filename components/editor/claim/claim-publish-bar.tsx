"use client";

import type { DeskClaim } from "@/lib/contracts/desk";
import { formatDay } from "@/lib/dates";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "./conflict-notice";
import { PUBLISHING, useClaimAction } from "./use-claim-action";

export type ClaimPublishBarProps = { claim: DeskClaim };

/** Whether readers can see the claim, and the switch. */
export function ClaimPublishBar({ claim }: ClaimPublishBarProps) {
  const action = useClaimAction(claim.id);
  const published = !!claim.publishedAt;
  const toggle = () => action.mutate({ endpoint: published ? PUBLISHING.unpublishClaim : PUBLISHING.publishClaim, id: claim.id, version: claim.version });
  return (
    <section className="card row" aria-label="Publishing" data-testid="claim-publishing">
      <span>
        {published ? (
          <>
            <strong>Published</strong> since {formatDay(claim.publishedAt!)}: readers see this claim.
          </>
        ) : (
          <>
            <strong>Draft</strong>: readers cannot see this claim.
          </>
        )}
      </span>
      <button type="button" className={published ? "secondary" : undefined} disabled={action.isPending} onClick={toggle}>
        {published ? "Unpublish claim" : "Publish claim"}
      </button>
      <FormAlert error={action.error} />
      <ConflictNotice error={action.error} claimId={claim.id} />
    </section>
  );
}
