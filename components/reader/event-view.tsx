import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { EventPageData } from "@/lib/contracts/reader";
import { AsOfForm, AsOfSection } from "./as-of";
import { BrierLine, CalibrationChart } from "./calibration-chart";
import { claimLineOf } from "./claim-line";
import { ClaimList } from "./claim-list";
import { LeadTimeLine } from "./outlet-record";
import { DateAxis, type AxisPoint } from "./date-axis";
import { HeadlineFigures } from "./headline-figures";
import { FollowLink } from "./follow-link";

export type EventViewProps = { data: EventPageData };

export function EventView({ data }: EventViewProps) {
  const { event, claims, nextCursor, total, articles } = data;
  const points: AxisPoint[] = [
    { date: event.date, kind: "event", label: event.name },
    ...articles.map((a) => ({ date: a.publishedAt, kind: a.kind, label: a.title, detail: a.outlet })),
  ];
  return (
    <article>
      <p className="small no-print">
        <Link href="/">← Dashboard</Link>
      </p>
      <h1>{event.name}</h1>
      <FollowLink href={`/events/${event.slug}/feed.xml`} what="this event's verdicts" />
      <p className="muted">
        <time dateTime={event.date}>{formatDay(event.date)}</time>
        {event.place ? ` · ${event.place}` : null}
      </p>
      {event.description ? <p>{event.description}</p> : null}
      <AsOfForm path={`/events/${event.slug}`} day={data.asOf?.day ?? null} />
      {data.asOf ? <AsOfSection asOf={data.asOf} /> : null}
      <HeadlineFigures
        rumors={total}
        claims={data.claimCounts.total}
        counts={data.claimCounts.counts}
        links={{ rumors: { event: event.slug, void: "no" }, claims: { event: event.slug } }}
      />
      <section aria-labelledby="axis-heading">
        <h2 id="axis-heading">Before and after, on one date axis</h2>
        <DateAxis points={points} title={`Articles before and after ${event.name}`} />
      </section>
      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">How sure the press was, and how often it was right</h2>
        <CalibrationChart
          id="event-calibration"
          calibration={data.scores.calibration}
          claimsQuery={{ event: event.slug }}
          caption="Every outlet’s published claims about this event, by certainty tier (void rumors left out)."
        />
        <BrierLine calibration={data.scores.calibration} claimsQuery={{ event: event.slug }} />
        <LeadTimeLine leadTime={data.scores.leadTime} claimsQuery={{ event: event.slug }} />
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims and verdicts</h2>
        <p className="small">
          <Link href={`/?event=${event.slug}`}>Filter, search and export these claims</Link>
        </p>
        <ClaimList
          claims={claims.map(claimLineOf)}
          empty="No claims about this event yet."
          more={nextCursor ? { href: `/events/${event.slug}?cursor=${encodeURIComponent(nextCursor)}`, label: "More claims about this event →" } : null}
        />
      </section>
    </article>
  );
}
