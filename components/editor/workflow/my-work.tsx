"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDay } from "@/lib/dates";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import type { MyWorkVerdict } from "@/lib/contracts/workflow";
import { endpointQuery } from "@/lib/query/endpoint-query";
import { VerdictBadge } from "@/components/ui/verdict-badge";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function VerdictRows({ verdicts, empty, testId }: { verdicts: MyWorkVerdict[]; empty: string; testId: string }) {
  if (verdicts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="stack" data-testid={testId}>
      {verdicts.map((v) => (
        <li key={v.id}>
          <VerdictBadge rating={v.rating} describe={false} />{" "}
          {v.claimId ? <Link href={`/desk/claims/${v.claimId}`}>{v.rumor.statement}</Link> : v.rumor.statement}{" "}
          <span className="small muted">
            by {v.decidedBy?.name ?? "the system"}, {formatDay(v.decidedAt)}
          </span>
          {v.lastStep?.comment && (
            <p className="small">
              {v.lastStep.actor?.name ?? "A reviewer"}: “{v.lastStep.comment}”
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "My work": what is assigned to me, what waits for my review, what came back to me. */
export function MyWorkView() {
  const { data } = useSuspenseQuery(endpointQuery(deskMyWork));
  const { claims, articles } = data.assigned;
  return (
    <div className="stack">
      <h1>My work</h1>
      <p className="muted">
        {count(claims.length + articles.length, "item", "items")} assigned to you · {count(data.toReview.length, "verdict", "verdicts")} to review ·{" "}
        {count(data.cameBack.length, "verdict", "verdicts")} sent back to you
      </p>
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Waiting for your review</h2>
        <VerdictRows verdicts={data.toReview} empty="No verdict is waiting for your review." testId="to-review" />
      </section>
      <section aria-labelledby="back-heading">
        <h2 id="back-heading">Sent back to you</h2>
        <VerdictRows verdicts={data.cameBack} empty="None of your verdicts came back with changes requested." testId="came-back" />
      </section>
      <section aria-labelledby="approved-heading">
        <h2 id="approved-heading">Approved, ready to publish</h2>
        <VerdictRows verdicts={data.approved} empty="None of your verdicts is waiting to be published." testId="approved" />
      </section>
      <section aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">Assigned to you</h2>
        {claims.length + articles.length === 0 ? (
          <p className="muted">Nothing is assigned to you.</p>
        ) : (
          <ul className="stack" data-testid="assigned">
            {claims.map((c) => (
              <li key={c.id}>
                Claim: <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link>{" "}
                <span className="small muted">
                  {c.article.outlet.name}
                  {c.deadline && <>, due {formatDay(c.deadline)}</>}
                </span>{" "}
                <VerdictBadge rating={c.rating} describe={false} />
              </li>
            ))}
            {articles.map((a) => (
              <li key={a.id}>
                Article: <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>{" "}
                <span className="small muted">
                  {a.outlet.name}, {formatDay(a.publishedAt)} · {count(a._count.claims, "claim", "claims")}, {a._count.evidence} evidence
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
