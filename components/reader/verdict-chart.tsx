import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER } from "@/lib/scoring";
import { RATING_FILL } from "@/lib/chart-colors";
import type { EventTally } from "@/lib/contracts/reader";
import styles from "./dashboard.module.css";

export type VerdictChartProps = { events: EventTally[] };

// The segments' colours are lib/chart-colors.ts's (4.5:1 with their white
// labels); each segment's label sits in HTML beside its bar, so it keeps the
// page's text size on a phone instead of shrinking with an SVG, and every
// figure is in the table below too, so nothing relies on colour alone.

/** Stacked bars of verdicts per event: bars drawn as stretched SVG, labels as text. */
export function VerdictChart({ events }: VerdictChartProps) {
  if (events.length === 0) return <p className="muted small">No event has claims yet.</p>;
  const max = Math.max(...events.map((e) => e.total));
  return (
    <figure className={styles.chart}>
      <div role="img" aria-labelledby="chart-title" className={styles.bars}>
        <p id="chart-title" className="visually-hidden">
          Verdicts by event, counted in rumors (the same figures are in the table below)
        </p>
        {events.map((e) => {
          let x = 0;
          const shown = RATING_ORDER.filter((r) => e.counts[r] > 0);
          return (
            <div key={e.slug} className={styles.barRow} data-testid="chart-row">
              <p className={styles.barLabel}>
                {e.name} ({e.total})
              </p>
              <svg className={styles.bar} viewBox={`0 0 ${max} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {shown.map((r) => {
                  const rect = <rect key={r} x={x} y={0} width={e.counts[r]} height={1} fill={RATING_FILL[r]} />;
                  x += e.counts[r];
                  return rect;
                })}
              </svg>
              <ul className={styles.segments}>
                {shown.map((r) => (
                  <li key={r} className={styles.segment} data-rating={r} data-testid="chart-segment">
                    <span aria-hidden="true">{RATING_INFO[r].icon}</span> {e.counts[r]} {RATING_INFO[r].label.toLowerCase()}
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
                    {e.counts[r]}
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
