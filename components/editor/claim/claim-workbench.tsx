"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/dates";
import { deskClaim, deskEvidenceArticles } from "@/lib/contracts/api/desk";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { NoteThread } from "../notes/note-thread";
import { RumorPanel } from "../rumor/rumor-panel";
import { AssigneePicker } from "../workflow/assignee-picker";
import { AuditTrail } from "./audit-trail";
import { ClaimEditForm } from "./claim-edit-form";
import { ClaimPublishBar } from "./claim-publish-bar";
import { DeleteClaimButton } from "./delete-claim-button";
import { EvidenceList } from "./evidence-list";
import { PublicPageLink } from "./public-page-link";
import { QuoteSpanEditor } from "./quote-span-editor";
import { SuggestedEvidence } from "./suggested-evidence";
import { VerdictForm } from "./verdict-form";
import { VerdictHistory } from "./verdict-history";

export function ClaimWorkbench({ id }: { id: string }) {
  const { data: claim } = useSuspenseQuery(endpointQuery(deskClaim, { params: { id } }));
  const articles = useQuery(endpointQuery(deskEvidenceArticles, { params: { id } })).data?.items ?? [];
  const workflow = useQuery(endpointQuery(deskWorkflow)).data;
  const [editing, setEditing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const deadline = claim.deadline ?? claim.event?.date ?? null;

  return (
    <div className="stack">
      <header className="spread">
        <div>
          <p className="small muted">
            {claim.event ? <>Claim about {claim.event.name}</> : "Claim not tied to an event yet"}
            {deadline && <> · due {formatDay(deadline)}</>}
          </p>
          <h1>{claim.statement}</h1>
          <p className="row">
            <VerdictBadge rating={claim.currentVerdict?.rating} />
            <PublicPageLink claimId={claim.id} publishedAt={claim.publishedAt} />
          </p>
          <AssigneePicker kind="claim" id={claim.id} assignee={claim.assignee} />
        </div>
        {!editing && (
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            Edit claim
          </button>
        )}
      </header>
      {editing && <ClaimEditForm claim={claim} onClose={() => setEditing(false)} />}
      <ClaimPublishBar claim={claim} />
      <div className="grid-2">
        <section aria-labelledby="rumor-heading">
          <h2 id="rumor-heading">The claim, before the event</h2>
          <blockquote className="quote rumor" data-testid="rumor-quote">
            {claim.quoteText}
          </blockquote>
          {correcting ? (
            <QuoteSpanEditor
              kind="claim"
              id={claim.id}
              claimId={claim.id}
              articleId={claim.article.id}
              span={{ start: claim.quoteStart, end: claim.quoteEnd }}
              version={claim.version}
              onClose={() => setCorrecting(false)}
            />
          ) : (
            <button type="button" className="secondary small" onClick={() => setCorrecting(true)}>
              Correct the quote
            </button>
          )}
          <p className="source">
            Attributed to <strong>{claim.attributedTo}</strong>, in <Link href={`/desk/articles/${claim.article.id}`}>{claim.article.outlet.name}</Link>,{" "}
            <time dateTime={claim.article.publishedAt.slice(0, 10)}>{formatDay(claim.article.publishedAt)}</time>
          </p>
        </section>
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">What happened</h2>
          <EvidenceList claimId={claim.id} version={claim.version} evidence={claim.evidence} />
          <details className="small">
            <summary>Find evidence in later articles ({articles.length})</summary>
            <ul>
              {articles.map((a) => (
                <li key={a.id}>
                  <Link href={`/desk/articles/${a.id}?claim=${claim.id}`}>{a.title}</Link> — {a.outlet.name}, {formatDay(a.publishedAt)}
                </li>
              ))}
            </ul>
          </details>
        </section>
      </div>
      <RumorPanel claim={claim} />
      <SuggestedEvidence claimId={claim.id} />
      <VerdictForm claim={claim} workflow={workflow} />
      <VerdictHistory claim={claim} workflow={workflow} />
      <NoteThread target={{ claimId: claim.id }} />
      <AuditTrail events={claim.audit} />
      <DeleteClaimButton claimId={claim.id} />
    </div>
  );
}
