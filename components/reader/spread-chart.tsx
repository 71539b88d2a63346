import { STANCE_FILL } from "@/lib/chart-colors";
import { formatDay } from "@/lib/dates";
import type { SpreadSeries } from "@/lib/spread";
import { CLAIM_STANCES } from "@/lib/stance";
import { CLAIM_STANCE_INFO } from "./claim-stance-label";
import styles from "./dashboard.module.css";

export type SpreadChartProps = { series: SpreadSeries; id: string };

// Stance by colour and by pattern, and the same figures in the table below,
// so nothing depends on colour alone.
const FILL = STANCE_FILL;
const PATTERN = { asserts: null, hedges: "url(#spread-hatch)", denies: "url(#spread-dots)" } as const;

/** Appearances of a rumor over time, stacked by stance: SVG drawn on the server, then a table. */
export function SpreadChart({ series, id }: SpreadChartProps) {
  const { buckets, days, until } = series;
  if (buckets.length === 0) return null;
  // Drawn at least at this size (its 13 px text stays 13 px), scrolled sideways on a phone.
  const width = 480;
  const height = 170;
  const pad = { left: 30, right: 8, top: 10, bottom: 36 };
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const slot = (width - pad.left - pad.right) / buckets.length;
  const bar = Math.min(28, Math.max(2, slot * 0.75));
  const yOf = (n: number) => pad.top + (1 - n / max) * (height - pad.top - pad.bottom);
  const unit = days === 1 ? "day" : `${days} days`;
  const peak = buckets.reduce((best, b) => (b.total > best.total ? b : best), buckets[0]!);
  const total = buckets.reduce((n, b) => n + b.total, 0);
  const labelEvery = Math.ceil(buckets.length / 5);
  // The bar that holds the event (or deadline) day; none when it came before the first appearance.
  const untilAt = until ? Math.floor((Date.parse(until) - Date.parse(buckets[0]!.start)) / 86_400_000 / days) : -1;
  const untilX = pad.left + untilAt * slot + slot / 2;
  return (
    <figure className={`${styles.chart} ${styles.spread}`}>
      <div className={styles.scroll} role="region" aria-label="Appearances over time, chart" tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-title`}>{`Appearances over time, per ${unit}, by stance`}</title>
          <desc id={`${id}-desc`}>
            {`${total} appearance${total === 1 ? "" : "s"} from ${formatDay(buckets[0]!.start)}${until ? ` up to ${formatDay(until)}` : ""}; the busiest ${unit} began ${formatDay(peak.start)} with ${peak.total}. The table below gives every figure.`}
          </desc>
          <defs>
            <pattern id="spread-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" strokeWidth="2" opacity="0.6" />
            </pattern>
            <pattern id="spread-dots" width="6" height="6" patternUnits="userSpaceOnUse">
              <circle cx="3" cy="3" r="1.3" fill="#fff" opacity="0.7" />
            </pattern>
          </defs>
          <line x1={pad.left} x2={width - pad.right} y1={yOf(0)} y2={yOf(0)} stroke="#4a5360" />
          <text x={pad.left - 6} y={yOf(max) + 4} fontSize="13" textAnchor="end" fill="#1b1f24">
            {max}
          </text>
          <text x={pad.left - 6} y={yOf(0)} fontSize="13" textAnchor="end" fill="#1b1f24">
            0
          </text>
          {buckets.map((b, i) => {
            const x = pad.left + i * slot + (slot - bar) / 2;
            let level = 0;
            return (
              <g key={b.start}>
                {CLAIM_STANCES.map((s) => {
                  const n = b.counts[s];
                  if (n === 0) return null;
                  const y = yOf(level + n);
                  const h = yOf(level) - y;
                  level += n;
                  return (
                    <g key={s}>
                      <rect x={x} y={y} width={bar} height={h} fill={FILL[s]} />
                      {PATTERN[s] ? <rect x={x} y={y} width={bar} height={h} fill={PATTERN[s]} /> : null}
                    </g>
                  );
                })}
                {i % labelEvery === 0 ? (
                  <text x={x + bar / 2} y={height - pad.bottom + 16} fontSize="13" textAnchor="middle" fill="#1b1f24">
                    {formatDay(b.start).replace(/ \d{4}$/, "")}
                  </text>
                ) : null}
              </g>
            );
          })}
          {until && untilAt >= 0 ? (
            <g>
              <line x1={untilX} x2={untilX} y1={pad.top} y2={yOf(0)} stroke="#1b1f24" strokeDasharray="4 3" />
              <text x={width - pad.right} y={height - 4} fontSize="13" textAnchor="end" fill="#1b1f24">
                ◆ {formatDay(until)}
              </text>
            </g>
          ) : null}
        </svg>
      </div>
      <p className={`small muted ${styles.scrollHint}`}>Scroll sideways to see the whole chart.</p>
      <figcaption className="small muted">
        Each bar is one {unit}; its segments are appearances that asserted (plain), hedged (hatched) or denied (dotted) the rumor. The dashed line is the event
        or deadline.
      </figcaption>
      <div className={styles.scroll} role="region" aria-label="Appearances table" tabIndex={0}>
        <table className={`small ${styles.chartTable}`}>
          <caption className="visually-hidden">Appearances per {unit}, by stance</caption>
          <thead>
            <tr>
              <th scope="col">{days === 1 ? "Day" : "From"}</th>
              {CLAIM_STANCES.map((s) => (
                <th scope="col" key={s}>
                  {CLAIM_STANCE_INFO[s].label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {buckets
              .filter((b) => b.total > 0)
              .map((b) => (
                <tr key={b.start}>
                  <th scope="row">
                    <time dateTime={b.start}>{formatDay(b.start)}</time>
                  </th>
                  {CLAIM_STANCES.map((s) => (
                    <td key={s} className={styles.num}>
                      {b.counts[s]}
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
