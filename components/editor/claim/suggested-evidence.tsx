"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/dates";
import { addEvidence } from "@/lib/contracts/api/claims";
import { deskArticle, deskClaim } from "@/lib/contracts/api/desk";
import { rejectSuggestion, suggestions } from "@/lib/contracts/api/suggest";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { STANCE_INFO, STANCES, type Stance } from "@/lib/verdicts";
import type { SuggestionItem } from "@/lib/contracts/suggest";
import { FormAlert } from "@/components/ui/form-alert";

export type SuggestedEvidenceProps = { claimId: string };

/** Ranked passages of later articles; the editor attaches or rejects each. */
const PAGE = 8;

export function SuggestedEvidence({ claimId }: SuggestedEvidenceProps) {
  const [limit, setLimit] = useState(PAGE);
  const { data, isPending, isFetching, error } = useQuery({
    ...endpointQuery(suggestions, { params: { id: claimId }, input: { limit } }),
    placeholderData: (previous) => previous,
  });
  const items = data?.items;
  return (
    <section className="card stack" data-testid="suggested-evidence">
      <h2 id="suggested-heading">Suggested evidence</h2>
      <p className="small muted">Passages of later articles ranked by how likely they settle the claim. The stance is a hint: check it.</p>
      <FormAlert error={error} />
      {isPending && <p className="muted">Looking through later articles…</p>}
      {items?.length === 0 && <p className="muted">No suggestions: no later passage matches this claim, or every match is attached or rejected.</p>}
      {items?.map((s) => (
        <SuggestionCard key={`${s.articleId}:${s.start}`} claimId={claimId} suggestion={s} />
      ))}
      {items && items.length >= limit && limit < 50 && (
        <button type="button" className="secondary" disabled={isFetching} onClick={() => setLimit((n) => Math.min(n + PAGE * 2, 50))}>
          {isFetching ? "Loading…" : "Show more suggestions"}
        </button>
      )}
    </section>
  );
}

function SuggestionCard({ claimId, suggestion: s }: { claimId: string; suggestion: SuggestionItem }) {
  const queryClient = useQueryClient();
  const [stance, setStance] = useState<Stance>(s.stance);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: keyOf(deskClaim, { params: { id: claimId } }) });
    void queryClient.invalidateQueries({ queryKey: keyOf(deskArticle, { params: { id: s.articleId } }) });
  };
  const attach = useMutation({
    mutationFn: () => call(addEvidence, { params: { id: claimId }, input: { articleId: s.articleId, start: s.start, end: s.end, quote: s.quote, stance } }),
    onSuccess: refresh,
  });
  const reject = useMutation({
    mutationFn: () => call(rejectSuggestion, { params: { id: claimId }, input: { articleId: s.articleId, start: s.start, end: s.end } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keyOf(suggestions, { params: { id: claimId } }) }),
  });
  const busy = attach.isPending || reject.isPending;
  const terms = s.reasons.filter((r) => !r.startsWith("cue: "));
  const cues = s.reasons.filter((r) => r.startsWith("cue: ")).map((r) => r.slice(5));
  return (
    <article className="evidence-item" data-testid="suggestion">
      <p className="stance">
        <span aria-hidden="true">{STANCE_INFO[s.stance].icon}</span> Probably {STANCE_INFO[s.stance].label.toLowerCase()}
        <span className="small muted"> · score {s.score.toFixed(2)}</span>
      </p>
      <blockquote className="quote outcome">{s.quote}</blockquote>
      <p className="source">
        <Link href={`/desk/articles/${s.articleId}?claim=${claimId}`}>{s.article.title}</Link> — {s.article.outlet},{" "}
        <time dateTime={s.article.publishedAt.slice(0, 10)}>{formatDay(s.article.publishedAt)}</time>
      </p>
      <p className="small muted">
        Matched: {terms.join(", ") || "—"}
        {cues.length > 0 && <> · wording: {cues.join(", ")}</>}
      </p>
      <FormAlert error={attach.error ?? reject.error} />
      <div className="row">
        <label className="visually-hidden" htmlFor={`stance-${s.articleId}-${s.start}`}>
          Stance
        </label>
        <select id={`stance-${s.articleId}-${s.start}`} value={stance} onChange={(e) => setStance(e.target.value as Stance)} disabled={busy}>
          {STANCES.map((x) => (
            <option key={x} value={x}>
              {STANCE_INFO[x].label}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => attach.mutate()}>
          {attach.isPending ? "Attaching…" : "Attach"}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => reject.mutate()}>
          Reject
        </button>
      </div>
    </article>
  );
}
