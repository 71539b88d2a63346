"use client";

import { formatDay } from "@/lib/dates";
import type { DeskClaim } from "@/lib/contracts/desk";
import { FormAlert } from "@/components/ui/form-alert";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { ConflictNotice } from "./conflict-notice";
import { PUBLISHING, useClaimAction } from "./use-claim-action";

export type VerdictHistoryProps = { claim: DeskClaim };

export function VerdictHistory({ claim }: VerdictHistoryProps) {
  const action = useClaimAction(claim.id);
  const { verdicts } = claim;
  const currentId = claim.currentVerdict?.id;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Verdict history</h2>
      <FormAlert error={action.error} />
      <ConflictNotice error={action.error} claimId={claim.id} />
      {verdicts.length === 0 ? (
        <p className="muted">No verdict yet: the claim shows as pending.</p>
      ) : (
        <ol className="stack" data-testid="verdict-history">
          {verdicts.map((v) => (
            <li key={v.id}>
              <VerdictBadge rating={v.rating} /> {v.id === currentId && <strong className="small">current</strong>}{" "}
              {!v.publishedAt && <strong className="small">draft</strong>}{" "}
              <span className="small muted">
                {formatDay(v.decidedAt)}
                {v.decidedBy && <> by {v.decidedBy.name}</>}
              </span>{" "}
              {v.id !== "optimistic" && (
                <button
                  type="button"
                  className="link-button small"
                  disabled={action.isPending}
                  onClick={() =>
                    action.mutate({ endpoint: v.publishedAt ? PUBLISHING.unpublishVerdict : PUBLISHING.publishVerdict, id: v.id, version: claim.version })
                  }
                >
                  {v.publishedAt ? "Unpublish" : "Publish"}
                </button>
              )}
              <p>{v.rationale}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
