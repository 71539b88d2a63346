"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/dates";
import { removeEvidence } from "@/lib/contracts/api/claims";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import { call } from "@/lib/query/call";
import { keyOf } from "@/lib/query/endpoint-query";
import { STANCE_INFO } from "@/lib/verdicts";
import type { DeskClaim } from "@/lib/contracts/desk";
import { FormAlert } from "@/components/ui/form-alert";
import { ConflictNotice } from "./conflict-notice";
import { QuoteSpanEditor } from "./quote-span-editor";

export type EvidenceListProps = { claimId: string; version: number; evidence: DeskClaim["evidence"] };

export function EvidenceList({ claimId, version, evidence }: EvidenceListProps) {
  const queryClient = useQueryClient();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const remove = useMutation({
    // Carries the claim version: removing what another editor just relied on is refused (409).
    mutationFn: (evidenceId: string) => call(removeEvidence, { params: { id: evidenceId }, input: { version } }),
    onSuccess: (_r, evidenceId) => {
      const articleId = evidence.find((e) => e.id === evidenceId)?.article.id;
      void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
      if (articleId) void queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id: articleId } }) });
    },
  });

  if (evidence.length === 0) {
    return <p className="muted">No evidence yet. Open a later article below, select a passage and attach it.</p>;
  }
  return (
    <div className="stack" data-testid="evidence-list">
      <FormAlert error={remove.error} />
      <ConflictNotice error={remove.error} claimId={claimId} />
      {evidence.map((e) => (
        <div key={e.id} className="evidence-item">
          <p className="stance">
            <span aria-hidden="true">{STANCE_INFO[e.stance].icon}</span> {STANCE_INFO[e.stance].label}
          </p>
          <blockquote className="quote outcome">{e.quoteText}</blockquote>
          {correcting === e.id && (
            <QuoteSpanEditor
              kind="evidence"
              id={e.id}
              claimId={claimId}
              articleId={e.article.id}
              span={{ start: e.quoteStart, end: e.quoteEnd }}
              version={version}
              onClose={() => setCorrecting(null)}
            />
          )}
          <div className="spread">
            <p className="source">
              <Link href={`/desk/articles/${e.article.id}?claim=${claimId}`}>{e.article.outlet.name}</Link>,{" "}
              <time dateTime={e.article.publishedAt.slice(0, 10)}>{formatDay(e.article.publishedAt)}</time>
              {e.note && <> — {e.note}</>}
            </p>
            <span className="row">
              <button
                type="button"
                className="secondary"
                onClick={() => setCorrecting(e.id)}
                aria-label={`Correct the evidence quote from ${e.article.outlet.name}`}
              >
                Correct quote
              </button>
              <button
                type="button"
                className="danger"
                disabled={remove.isPending}
                onClick={() => remove.mutate(e.id)}
                aria-label={`Remove evidence from ${e.article.outlet.name}`}
              >
                Remove
              </button>
            </span>
          </div>
        </div>
      ))}
    </div>
  );
}
