"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CERTAINTY_LABEL } from "@/lib/candidates/detectors";
import { formatDay, isPreEvent } from "@/lib/dates";
import { listArticles } from "@/lib/contracts/api/articles";
import { createClaim } from "@/lib/contracts/api/claims";
import { claimCandidates } from "@/lib/contracts/api/suggest";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import type { ClaimCandidateItem } from "@/lib/contracts/suggest";
import type { DeskEvent } from "@/lib/contracts/desk";
import { FormAlert } from "@/components/ui/form-alert";
import type { SelectedSpan } from "./selected-span";

export type ClaimCandidatesProps = {
  articleId: string;
  publishedAt: string;
  events: DeskEvent[];
  onCreated: (claimId: string) => void;
  /** "Edit first": hand the candidate to the claim form, filled in. */
  onEdit: (selection: SelectedSpan) => void;
};

/** Sentences that look like checkable predictions; one click makes a claim. */
export function ClaimCandidates({ articleId, publishedAt, events, onCreated, onEdit }: ClaimCandidatesProps) {
  const { data, error } = useQuery(endpointQuery(claimCandidates, { params: { id: articleId } }));
  const items = data?.items;
  const open = items?.filter((c) => !c.claimed) ?? [];
  // The same default event as the claim form: the first one this article precedes.
  const eventId = events.find((e) => isPreEvent(new Date(publishedAt), e))?.id ?? null;
  return (
    <section className="card stack" data-testid="claim-candidates">
      <h2 id="candidates-heading">Claim candidates</h2>
      <FormAlert error={error} />
      {items && open.length === 0 && <p className="muted">No unclaimed predictions or rumors found in this article.</p>}
      {open.map((c) => (
        <Candidate key={c.start} articleId={articleId} candidate={c} eventId={eventId} onCreated={onCreated} onEdit={onEdit} />
      ))}
    </section>
  );
}

type CandidateProps = {
  articleId: string;
  candidate: ClaimCandidateItem;
  eventId: string | null;
  onCreated: (id: string) => void;
  onEdit: (s: SelectedSpan) => void;
};

function Candidate({ articleId, candidate: c, eventId, onCreated, onEdit }: CandidateProps) {
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      call(createClaim, {
        input: { articleId, start: c.start, end: c.end, quote: c.quote, statement: c.statement, attributedTo: c.attributedTo, eventId, deadline: c.deadline },
      }),
    onSuccess: (claim) => {
      onCreated(claim.id);
      void queryClient.invalidateQueries({ queryKey: keyOf(listArticles) });
    },
  });
  return (
    <div className="evidence-item" data-testid="claim-candidate">
      <blockquote className="quote rumor">{c.quote}</blockquote>
      <p className="small">
        <strong>{CERTAINTY_LABEL[c.certainty]}</strong> · {c.attributionFound ? <>attributed to {c.attributedTo}</> : <>no source named</>}
        {c.deadline && <> · by {formatDay(c.deadline)}</>}
      </p>
      <FormAlert error={create.error} />
      <div className="row">
        <button type="button" disabled={create.isPending} onClick={() => create.mutate()}>
          {create.isPending ? "Creating…" : "Create this claim"}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onEdit({ start: c.start, end: c.end, quote: c.quote, draft: { statement: c.statement, attributedTo: c.attributedTo, deadline: c.deadline } })
          }
        >
          Edit first
        </button>
      </div>
    </div>
  );
}
