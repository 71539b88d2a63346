import Link from "next/link";
import type { LeadTime, OutletRecord } from "@/lib/contracts/reader";
import { LEAD_SAMPLE } from "@/lib/lead-time";
import { ClaimList } from "./claim-list";
import { AccuracyLine, CountsTable, StanceTable, TrackParts } from "./track-parts";
import styles from "./dashboard.module.css";
import { FollowLink } from "./follow-link";

export type OutletRecordViewProps = { data: OutletRecord };

function LeadTimeLine({ leadTime }: { leadTime: LeadTime }) {
  if (leadTime.medianDays === null) return <p className="small muted">No confirmed claim with an event or deadline yet, so no lead time.</p>;
  const days = leadTime.medianDays;
  return (
    <p data-testid="lead-time">
      When it was right, it was right <strong className={styles.num}>{days === 1 ? "1 day" : `${days} days`}</strong> before the event (median over{" "}
      {leadTime.n >= LEAD_SAMPLE ? `its latest ${leadTime.n}` : leadTime.n} confirmed claim{leadTime.n === 1 ? "" : "s"}).
    </p>
  );
}

export function OutletRecordView({ data }: OutletRecordViewProps) {
  const { outlet, record, ranked, claims, nextCursor } = data;
  return (
    <article>
      <p className="small no-print">
        <Link href="/outlets">← All outlets</Link>
      </p>
      <h1>{outlet.name}</h1>
      <FollowLink href={`/outlets/${outlet.slug}/feed.xml`} what={`verdicts on ${outlet.name}'s claims`} />
      <p className="muted">
        {outlet.domain ? <>{outlet.domain} · </> : null}
        {record.total} claim{record.total === 1 ? "" : "s"} tracked
        {record.rank ? (
          <>
            {" "}
            · ranked {record.rank} of {ranked} by the lower bound of the interval
          </>
        ) : null}
      </p>
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">Track record</h2>
        <AccuracyLine accuracy={record.accuracy} />
        <CountsTable counts={record.counts} caption="Claims per verdict" />
        <LeadTimeLine leadTime={data.leadTime} />
        <p className="small muted">
          Each claim is rated through its stance (a denial of a refuted rumor was right). Confirmed counts 1, partly confirmed ½, refuted 0; a hedged claim
          weighs half as much as an asserted one; pending and unverifiable claims are not scored. <Link href="/methodology#outlet-scores">How we score</Link>
        </p>
      </section>
      <section aria-labelledby="split-heading">
        <h2 id="split-heading">Its own reporting and what it relayed</h2>
        <TrackParts
          parts={[
            ["own", "Claims it made itself", record.own],
            ["relayed", "Claims it relayed from others", record.relayed],
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
            {record.origins.total} rumor{record.origins.total === 1 ? "" : "s"}
          </strong>{" "}
          first; its other {record.total - record.origins.total} claim{record.total - record.origins.total === 1 ? "" : "s"} followed another outlet’s report.
        </p>
        {record.origins.total > 0 ? <AccuracyLine accuracy={record.origins.accuracy} /> : null}
      </section>
      <section aria-labelledby="stance-heading">
        <h2 id="stance-heading">Asserted, hedged or denied</h2>
        <StanceTable stances={record.stances} />
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
