import Link from "next/link";
import type { AsOfRecord, LeadTime, OutletRecord } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import { BrierLine, CalibrationChart } from "./calibration-chart";
import { ClaimList } from "./claim-list";
import { HistoryChart } from "./history-chart";
import { AccuracyLine, CountsTable, StanceTable, TrackParts } from "./track-parts";
import styles from "./dashboard.module.css";
import { FollowLink } from "./follow-link";

export type OutletRecordViewProps = { data: OutletRecord };

/** Median days from the article to the outcome over confirmed claims; `claimsQuery` (a dashboard filter) links the count to them. */
export function LeadTimeLine({ leadTime, claimsQuery }: { leadTime: LeadTime; claimsQuery?: Record<string, string> }) {
  if (leadTime.medianDays === null) return <p className="small muted">No confirmed claim with an outcome, event or deadline date yet, so no lead time.</p>;
  const days = leadTime.medianDays;
  const count = `${leadTime.n} confirmed claim${leadTime.n === 1 ? "" : "s"}`;
  return (
    <p data-testid="lead-time">
      When it was right, it was right <strong className={styles.num}>{days === 1 ? "1 day" : `${days} days`}</strong> before the outcome (median over{" "}
      {claimsQuery ? <Link href={{ pathname: "/", query: { ...claimsQuery, rating: "confirmed" }, hash: "claims-heading" }}>{count}</Link> : count}).
    </p>
  );
}

function AsOfForm({ slug, day }: { slug: string; day: string | null }) {
  return (
    <form method="get" action={`/outlets/${slug}`} className="no-print small">
      <label htmlFor="as-of">Show the record as it stood on </label>
      <input id="as-of" type="date" name="asOf" defaultValue={day ?? ""} required /> <button type="submit">Show</button>
      {day ? (
        <>
          {" "}
          <Link href={`/outlets/${slug}`}>Back to today’s record</Link>
        </>
      ) : null}
    </form>
  );
}

function AsOfSection({ asOf }: { asOf: AsOfRecord }) {
  return (
    <section aria-labelledby="as-of-heading" data-testid="as-of">
      <h2 id="as-of-heading">As it stood on {formatDay(asOf.day)}</h2>
      <p className="small muted">
        {asOf.total} claim{asOf.total === 1 ? "" : "s"} published by the end of that day (UTC), each rated by the verdicts published by then.
      </p>
      <AccuracyLine accuracy={asOf.accuracy} />
      <CountsTable counts={asOf.counts} caption={`Claims per verdict on ${asOf.day}`} />
      <BrierLine calibration={asOf.calibration} />
    </section>
  );
}

export function OutletRecordView({ data }: OutletRecordViewProps) {
  const { outlet, record, ranked, claims, nextCursor } = data;
  const claimsQuery = { outlet: outlet.slug };
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
        {record.total} claim{record.total === 1 ? "" : "s"} tracked
        {record.rank ? (
          <>
            {" "}
            · ranked {record.rank} of {ranked} by the lower bound of the interval
          </>
        ) : null}
      </p>
      <AsOfForm slug={outlet.slug} day={data.asOf?.day ?? null} />
      {data.asOf ? <AsOfSection asOf={data.asOf} /> : null}
      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{data.asOf ? "Track record today" : "Track record"}</h2>
        <AccuracyLine accuracy={record.accuracy} />
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
        <BrierLine calibration={data.calibration} />
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
