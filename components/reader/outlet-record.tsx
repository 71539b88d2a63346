import Link from "next/link";
import type { LeadTime, OutletRecord } from "@/lib/contracts/reader";
import { counted, type ClaimsQuery } from "@/lib/claim-links";
import { BrierLine, CalibrationChart } from "./calibration-chart";
import { ClaimList } from "./claim-list";
import { ClaimsLink, MaybeClaimsLink } from "./claims-link";
import { HistoryChart } from "./history-chart";
import { AsOfForm, AsOfSection } from "./as-of";
import { AccuracyLine, CountsTable, StanceTable, TrackParts } from "./track-parts";
import styles from "./dashboard.module.css";
import { FollowLink } from "./follow-link";

export type OutletRecordViewProps = { data: OutletRecord };

/** Median days from the article to the outcome over confirmed claims; `claimsQuery` (a dashboard filter) links the count to them. */
export function LeadTimeLine({ leadTime, claimsQuery }: { leadTime: LeadTime; claimsQuery?: ClaimsQuery }) {
  if (leadTime.medianDays === null) return <p className="small muted">No confirmed claim with an outcome, event or deadline date yet, so no lead time.</p>;
  const days = leadTime.medianDays;
  return (
    <p data-testid="lead-time">
      When it was right, it was right <strong className={styles.num}>{days === 1 ? "1 day" : `${days} days`}</strong> before the outcome (median over{" "}
      <MaybeClaimsLink query={claimsQuery && { ...claimsQuery, lead: "known" }}>{leadTime.n}</MaybeClaimsLink> confirmed claim{leadTime.n === 1 ? "" : "s"}).
    </p>
  );
}

export function OutletRecordView({ data }: OutletRecordViewProps) {
  const { outlet, record, ranked, claims, nextCursor } = data;
  const claimsQuery: ClaimsQuery = { outlet: outlet.slug };
  const followed = record.total - record.origins.total;
  return (
    <article>
      <p className="small no-print">
        <Link href="/outlets">← All outlets</Link>
      </p>
      <h1>{outlet.name}</h1>
      {outlet.publisherKnown ? null : (
        <p className="card small" data-testid="publisher-unknown">
          <strong>Publisher unknown.</strong> The articles from this source do not say who published them, so Hindsight names the source by what it reported
          rather than guess a publisher. Its track record counts all the same.
        </p>
      )}
      <FollowLink href={`/outlets/${outlet.slug}/feed.xml`} what={`verdicts on ${outlet.name}'s claims`} />
      <p className="muted">
        {outlet.domain ? <>{outlet.domain} · </> : null}
        <ClaimsLink query={counted(claimsQuery)}>{record.total}</ClaimsLink> claim{record.total === 1 ? "" : "s"} tracked
        {record.rank ? (
          <>
            {" "}
            · ranked {record.rank} of {ranked} by the lower bound of the interval
          </>
        ) : null}
      </p>
      <AsOfForm path={`/outlets/${outlet.slug}`} day={data.asOf?.day ?? null} />
      {data.asOf ? <AsOfSection asOf={data.asOf} /> : null}
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{data.asOf ? "Track record today" : "Track record"}</h2>
        <AccuracyLine accuracy={record.accuracy} claimsQuery={claimsQuery} />
        <CountsTable counts={record.counts} caption="Claims per verdict" claimsQuery={claimsQuery} />
        <LeadTimeLine leadTime={data.leadTime} claimsQuery={claimsQuery} />
        <p className="small muted">
          Each claim is rated through its stance (a denial of a refuted rumor was right). Confirmed counts 1, partly confirmed ½, refuted 0; a hedged claim
          weighs half as much as an asserted one; pending and unverifiable claims are not scored. <Link href="/methodology#outlet-scores">How we score</Link>
        </p>
      </section>
      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">How sure its sources were, and how often they were right</h2>
        <CalibrationChart
          id="outlet-calibration"
          calibration={data.calibration}
          claimsQuery={claimsQuery}
          caption="Its published claims by certainty tier (void rumors left out)."
        />
        <BrierLine calibration={data.calibration} claimsQuery={claimsQuery} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Its record over time</h2>
        {data.history.length ? (
          <HistoryChart id="outlet-history" points={data.history} outletSlug={outlet.slug} />
        ) : (
          <p className="small muted">No history yet.</p>
        )}
      </section>
      <section aria-labelledby="split-heading">
        <h2 id="split-heading">Its own reporting and what it relayed</h2>
        <TrackParts
          parts={[
            ["own", "Claims it made itself", record.own, { ...claimsQuery, attribution: "own" }],
            ["relayed", "Claims it relayed from others", record.relayed, { ...claimsQuery, attribution: "relayed" }],
          ]}
        />
        <p className="small muted">
          “Made itself” means the claim is attributed to the outlet itself (possibly implied); anything attributed to someone else (officials, other media,
          sources) counts as relayed. The relayed card says how often its relays were right.
        </p>
      </section>
      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">Who printed it first</h2>
        <p data-testid="origins">
          {outlet.name} printed{" "}
          <strong>
            <ClaimsLink query={counted({ ...claimsQuery, origin: "first" })}>{record.origins.total}</ClaimsLink> rumor
            {record.origins.total === 1 ? "" : "s"}
          </strong>{" "}
          first; its other <ClaimsLink query={counted({ ...claimsQuery, origin: "followed" })}>{followed}</ClaimsLink> claim{followed === 1 ? "" : "s"} followed
          another outlet’s report.
        </p>
        {record.origins.total > 0 ? <AccuracyLine accuracy={record.origins.accuracy} claimsQuery={{ ...claimsQuery, origin: "first" }} /> : null}
      </section>
      <section aria-labelledby="stance-heading">
        <h2 id="stance-heading">Asserted, hedged or denied</h2>
        <StanceTable stances={record.stances} claimsQuery={claimsQuery} />
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Its claims</h2>
        <ClaimList
          claims={claims}
          empty="No claims from this outlet yet."
          more={nextCursor ? { href: `/outlets/${outlet.slug}?cursor=${encodeURIComponent(nextCursor)}`, label: "More claims from this outlet →" } : null}
        />
      </section>
    </article>
  );
}
