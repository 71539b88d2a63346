import { claimsPath, eventRumors } from "@/lib/claim-links";
import { RATING_INFO, type RatingOrPending } from "@/lib/verdicts";
import { RATING_ORDER } from "@/lib/scoring";
import { RATING_FILL } from "@/lib/chart-colors";
import type { EventTally } from "@/lib/contracts/reader";
import { ClaimsLink } from "./claims-link";
import styles from "./dashboard.module.css";

export type VerdictChartProps = { events: EventTally[] };

// The segments' colours are lib/chart-colors.ts's (4.5:1 with their white
// labels); each segment's label sits in HTML beside its bar, so it keeps the
// page's text size on a phone instead of shrinking with an SVG, and every
// figure is in the table below too, so nothing relies on colour alone.
// Every figure links to the rumors it counts, as their first appearances
// (one claim each, issue 17): the labels' and the table's numbers are the
// links a keyboard reaches, named with their event and verdict; the bars'
// segments lead to the same lists for a pointer, out of the tab order (the
// SVG is hidden from assistive technology: its labels say it all).

const rumorWord = (n: number) => (n === 1 ? "rumor" : "rumors");
const segmentName = (n: number, r: RatingOrPending, event: string) => `${n} ${RATING_INFO[r].label.toLowerCase()} ${rumorWord(n)} about ${event}`;

/** Stacked bars of verdicts per event: bars drawn as stretched SVG, labels as text. */
export function VerdictChart({ events }: VerdictChartProps) {
  if (events.length === 0) return <p className="muted small">No event has claims yet.</p>;
  const max = Math.max(...events.map((e) => e.total));
  return (
    <figure className={styles.chart}>
      <div role="group" aria-labelledby="chart-title" className={styles.bars}>
        <p id="chart-title" className="visually-hidden">
          Verdicts by event, counted in rumors (the same figures are in the table below)
        </p>
        {events.map((e) => {
          let x = 0;
          const shown = RATING_ORDER.filter((r) => e.counts[r] > 0);
          return (
            <div key={e.slug} className={styles.barRow} data-testid="chart-row">
              <p className={styles.barLabel}>
                {e.name} (
                <ClaimsLink query={eventRumors(e.slug)} label={`${e.total} ${rumorWord(e.total)} about ${e.name}`}>
                  {e.total}
                </ClaimsLink>
                )
              </p>
              <svg className={styles.bar} viewBox={`0 0 ${max} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {shown.map((r) => {
                  const segment = (
                    <a key={r} href={claimsPath(eventRumors(e.slug, r))} tabIndex={-1} data-claims-bar="">
                      <rect x={x} y={0} width={e.counts[r]} height={1} fill={RATING_FILL[r]} />
                    </a>
                  );
                  x += e.counts[r];
                  return segment;
                })}
              </svg>
              <ul className={styles.segments}>
                {shown.map((r) => (
                  <li key={r} className={styles.segment} data-rating={r} data-testid="chart-segment">
                    <span aria-hidden="true">{RATING_INFO[r].icon}</span>{" "}
                    <ClaimsLink query={eventRumors(e.slug, r)} label={segmentName(e.counts[r], r, e.name)}>
                      {e.counts[r]}
                    </ClaimsLink>{" "}
                    {RATING_INFO[r].label.toLowerCase()}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <figcaption className="small muted">
        Each bar is one event; its segments are its rumors per verdict (a rumor counts once, however many articles printed it).
      </figcaption>
      <div className={styles.scroll}>
        <table className={`small ${styles.chartTable}`}>
          <caption className="visually-hidden">Rumors per verdict by event</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              {RATING_ORDER.map((r) => (
                <th scope="col" key={r}>
                  <span aria-hidden="true">{RATING_INFO[r].icon} </span>
                  {RATING_INFO[r].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.slug}>
                <th scope="row">
                  <a href={`/events/${e.slug}`}>{e.name}</a>
                </th>
                {RATING_ORDER.map((r) => (
                  <td key={r} className={styles.num}>
                    <ClaimsLink query={eventRumors(e.slug, r)} label={segmentName(e.counts[r], r, e.name)}>
                      {e.counts[r]}
                    </ClaimsLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
