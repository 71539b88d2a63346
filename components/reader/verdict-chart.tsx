import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER } from "@/lib/scoring";
import type { EventTally } from "@/lib/contracts/reader";
import styles from "./dashboard.module.css";

export type VerdictChartProps = { events: EventTally[] };

// Colours match the badges; every bar also carries its counts as text in the
// table below, so the chart never relies on colour alone.
const FILL: Record<string, string> = {
  confirmed: "#17663a",
  partly_confirmed: "#b07800",
  refuted: "#a3192b",
  unverifiable: "#7b818c",
  pending: "#35507a",
};
const PATTERN: Record<string, string | null> = {
  confirmed: null,
  partly_confirmed: "url(#hatch)",
  refuted: null,
  unverifiable: "url(#dots)",
  pending: "url(#hatch)",
};

/** Stacked bars of verdicts per event, drawn as SVG on the server. */
export function VerdictChart({ events }: VerdictChartProps) {
  if (events.length === 0) return <p className="muted small">No event has claims yet.</p>;
  const rowH = 34;
  const labelW = 0;
  const width = 440;
  const max = Math.max(...events.map((e) => e.total));
  const height = events.length * rowH * 1.6 + 8;
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-title" preserveAspectRatio="xMinYMin meet">
        <title id="chart-title">Verdicts by event, counted in rumors (the same figures are in the table below)</title>
        <defs>
          <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="rgba(255,255,255,0)" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" opacity="0.5" />
          </pattern>
          <pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="1.2" fill="#fff" opacity="0.6" />
          </pattern>
        </defs>
        {events.map((e, i) => {
          const y = i * rowH * 1.6 + 4;
          let x = labelW;
          return (
            <g key={e.slug}>
              <text x={0} y={y + 12} fontSize="13" fill="#1b1f24">
                {e.name} ({e.total})
              </text>
              {RATING_ORDER.map((r) => {
                const n = e.counts[r];
                if (n === 0) return null;
                const w = (n / max) * (width - labelW);
                const rect = (
                  <g key={r}>
                    <rect x={x} y={y + 18} width={w} height={rowH - 12} fill={FILL[r]} />
                    {PATTERN[r] ? <rect x={x} y={y + 18} width={w} height={rowH - 12} fill={PATTERN[r]!} /> : null}
                    {w > 22 ? (
                      <text x={x + w / 2} y={y + 18 + (rowH - 12) / 2 + 4} fontSize="12" fill="#fff" textAnchor="middle">
                        {RATING_INFO[r].icon} {n}
                      </text>
                    ) : null}
                  </g>
                );
                x += w;
                return rect;
              })}
            </g>
          );
        })}
      </svg>
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
