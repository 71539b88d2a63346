import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { CLAIM_CERTAINTY_LABEL } from "@/lib/calibration";
import { ResolutionBox } from "./resolution-box";
import { formatDay } from "@/lib/dates";
import { RATING_INFO } from "@/lib/verdicts";
import type { ClaimAsOf, CriteriaChange, PublicClaimDetail } from "@/lib/contracts/reader";
import { AsOfForm } from "./as-of";
import { ClaimAsOfSection } from "./claim-as-of";
import { ClaimStanceLabel } from "./claim-stance-label";
import { ClaimTimeline } from "./claim-timeline";
import { EvidenceList } from "./evidence-list";
import { RatingCard } from "./rating-card";
import { RumorInContext, type RumorInContextProps } from "./rumor-in-context";
import { VerdictHistory } from "./verdict-history";
import { VerdictRationale } from "./verdict-rationale";
import styles from "./reader.module.css";
import { FollowLink } from "./follow-link";
import { ClaimsLink } from "./claims-link";

export type ClaimDetailProps = {
  claim: PublicClaimDetail;
  context: RumorInContextProps["context"];
  permalink: string;
  /** The rumor's criteria changes after evidence (the audit log), oldest first. */
  criteriaChanges?: CriteriaChange[];
  /** The page as it stood on a past day (`?asOf=`). */
  asOf?: ClaimAsOf | null;
};

export function ClaimDetail({ claim, context, permalink, criteriaChanges = [], asOf = null }: ClaimDetailProps) {
  return (
    <article>
      <header className={styles.detailHead}>
        <p className="small no-print">
          <Link href="/">← All verdicts</Link>
        </p>
        <h1>{claim.statement}</h1>
        <RatingCard rating={claim.rating} decidedAt={claim.verdict?.decidedAt ?? null} />
        <FollowLink href={`/claims/${claim.id}/feed.xml`} what="this claim's verdicts" />
        <AsOfForm path={`/claims/${claim.id}`} day={asOf?.day ?? null} label="Show this claim as it stood on " />
        {asOf ? <ClaimAsOfSection asOf={asOf} /> : null}
        <p className="small" data-testid="claim-rumor">
          Part of the rumor <Link href={`/rumors/${claim.rumor.id}`}>“{claim.rumor.statement}”</Link>{" "}
          <span className="muted">
            (<ClaimsLink query={{ rumor: claim.rumor.id }}>{claim.rumor.claimCount}</ClaimsLink> appearance{claim.rumor.claimCount === 1 ? "" : "s"}; rumor
            verdict: <VerdictBadge rating={claim.rumor.rating} describe={false} />)
          </span>
        </p>
        <dl className={`${styles.facts} small`}>
          <div>
            <dt>Event</dt>
            <dd>
              {claim.event ? (
                <>
                  <Link href={`/events/${claim.event.slug}`}>{claim.event.name}</Link>, <time dateTime={claim.event.date}>{formatDay(claim.event.date)}</time>
                  {claim.event.place ? `, ${claim.event.place}` : null}
                </>
              ) : (
                "not tied to an event"
              )}
            </dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd>
              <Link href={`/outlets/${claim.sourceArticle.outletSlug}`}>{claim.sourceArticle.outlet}</Link>,{" "}
              <time dateTime={claim.sourceArticle.publishedAt}>{formatDay(claim.sourceArticle.publishedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>Attributed to</dt>
            <dd>
              {claim.attributedTo} ({claim.own ? "its own reporting" : claim.relayedFrom ? `relayed from ${claim.relayedFrom.name}` : "relayed"})
            </dd>
          </div>
          <div>
            <dt>How sure the source was</dt>
            <dd data-testid="certainty">{CLAIM_CERTAINTY_LABEL[claim.certainty]}</dd>
          </div>
          <div>
            <dt>Stance</dt>
            <dd>
              <ClaimStanceLabel stance={claim.stance} />
              {claim.origin ? " · the first outlet to print it" : null}
            </dd>
          </div>
          <div>
            <dt>Deadline</dt>
            <dd>{claim.deadline ? <time dateTime={claim.deadline}>{formatDay(claim.deadline)}</time> : "none set"}</dd>
          </div>
        </dl>
      </header>
      <div className={`grid-2 ${styles.columns}`}>
        <section aria-labelledby="rumor-heading">
          <h2 id="rumor-heading">Before: the rumor</h2>
          <RumorInContext claim={claim} context={context} />
        </section>
        <section aria-labelledby="outcome-heading">
          <h2 id="outcome-heading">After: what was reported</h2>
          <EvidenceList evidence={claim.evidence} />
        </section>
      </div>
      <section aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">The verdict</h2>
        <VerdictBadge rating={claim.rating} />
        <VerdictRationale claim={claim} separated={false} />
        <ResolutionBox resolution={claim.resolution} decidedAt={claim.verdict?.decidedAt ?? null} changes={criteriaChanges} />
        {claim.overridden ? (
          <p className="small muted">This claim is judged on its own wording, apart from its rumor’s verdict.</p>
        ) : claim.stance === "denies" && claim.rumor.rating !== "pending" ? (
          <p className="small muted">
            This article denied the rumor (rumor: {RATING_INFO[claim.rumor.rating].label.toLowerCase()}): a denial is right when the rumor is refuted and wrong
            when it is confirmed.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <ClaimTimeline claim={claim} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Verdict history</h2>
        <VerdictHistory history={claim.history} />
      </section>
      <p className={`small ${styles.permalink}`}>
        Permanent link: <a href={permalink}>{permalink}</a>
      </p>
    </article>
  );
}
