"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { editClaimQuote, editEvidenceQuote } from "@/lib/contracts/api/claims";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { crossesParagraph, PARAGRAPH_MESSAGE, stepEnd, stepStart } from "@/lib/quote-bounds";
import type { Span } from "@/lib/spans";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "./conflict-notice";
import { keepVersion } from "./use-claim-action";

export type QuoteSpanEditorProps = {
  kind: "claim" | "evidence";
  /** The claim's or the evidence's id. */
  id: string;
  /** The claim page it is shown on (its version guards the write). */
  claimId: string;
  articleId: string;
  span: Span;
  version: number;
  onClose: () => void;
};

const CONTEXT = 80;

/**
 * Corrects a quote's boundaries a word at a time, showing the new quote in
 * its surroundings; the server checks it against the stored text again.
 */
export function QuoteSpanEditor({ kind, id, claimId, articleId, span: initial, version, onClose }: QuoteSpanEditorProps) {
  const queryClient = useQueryClient();
  const body = useQuery(endpointQuery(deskArticle, { params: { id: articleId } })).data?.body;
  const [span, setSpan] = useState(initial);
  const mutation = useMutation({
    mutationFn: () => {
      const input = { start: span.start, end: span.end, quote: body!.slice(span.start, span.end), version };
      return kind === "claim" ? call(editClaimQuote, { params: { id }, input }) : call(editEvidenceQuote, { params: { id }, input });
    },
    onSuccess: (answer) => {
      keepVersion(queryClient, claimId, answer);
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      void queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id: articleId } }) });
      onClose();
    },
  });
  if (body === undefined) return <p className="muted">Loading the article…</p>;

  const move = (next: Span) => setSpan(next);
  const changed = span.start !== initial.start || span.end !== initial.end;
  const split = crossesParagraph(body, span);
  const label = kind === "claim" ? "Correct the claim's quote" : "Correct the evidence quote";
  return (
    <div className="card stack" role="group" aria-label={label}>
      <p className="small muted" aria-live="polite" data-testid="quote-preview">
        …{body.slice(Math.max(0, span.start - CONTEXT), span.start)}
        <mark>{body.slice(span.start, span.end)}</mark>
        {body.slice(span.end, span.end + CONTEXT)}…
      </p>
      <div className="row" role="group" aria-label="Start of the quote">
        <button type="button" className="secondary" onClick={() => move({ ...span, start: stepStart(body, span, -1) })} disabled={span.start === 0}>
          ← Start one word earlier
        </button>
        <button type="button" className="secondary" onClick={() => move({ ...span, start: stepStart(body, span, 1) })}>
          Start one word later →
        </button>
      </div>
      <div className="row" role="group" aria-label="End of the quote">
        <button type="button" className="secondary" onClick={() => move({ ...span, end: stepEnd(body, span, -1) })}>
          ← End one word earlier
        </button>
        <button type="button" className="secondary" onClick={() => move({ ...span, end: stepEnd(body, span, 1) })} disabled={span.end === body.length}>
          End one word later →
        </button>
      </div>
      {split && (
        <div className="alert alert-error" role="alert">
          {PARAGRAPH_MESSAGE}
        </div>
      )}
      <FormAlert error={mutation.error} />
      <ConflictNotice error={mutation.error} claimId={claimId} />
      <div className="row">
        <button type="button" onClick={() => mutation.mutate()} disabled={!changed || split || mutation.isPending}>
          Save quote
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
