import Link from "next/link";
import { formatPercent } from "@/lib/scoring";
import type { HistoryPoint } from "@/lib/track-history";
import styles from "./dashboard.module.css";

export type HistoryChartProps = { points: HistoryPoint[]; id: string; outletSlug: string };

const pct = (v: number) => `${Math.round(v * 100)}%`;
/** The last day of a "YYYY-MM" month, for the as-of link. */
const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The outlet's accuracy at the end of each month, rebuilt from the verdict
 * history (lib/track-history.ts): a line with its 95% interval as a band,
 * then a table whose months link to the page as it stood then.
 */
export function HistoryChart({ points, id, outletSlug }: HistoryChartProps) {
  if (points.length === 0) return null;
  const width = 480;
  const height = 170;
  const pad = { left: 40, right: 10, top: 12, bottom: 30 };
  const slot = (width - pad.left - pad.right) / Math.max(1, points.length - 1);
  const xOf = (i: number) => pad.left + (points.length === 1 ? (width - pad.left - pad.right) / 2 : i * slot);
  const yOf = (p: number) => pad.top + (1 - p) * (height - pad.top - pad.bottom);
  const scored = points.map((p, i) => ({ ...p, i })).filter((p) => p.score !== null);
  const line = scored.map((p, k) => `${k ? "L" : "M"} ${xOf(p.i).toFixed(1)} ${yOf(p.score!).toFixed(1)}`).join(" ");
  const band =
    scored.length > 0
      ? `${scored.map((p, k) => `${k ? "L" : "M"} ${xOf(p.i).toFixed(1)} ${yOf(p.high).toFixed(1)}`).join(" ")} ${[...scored]
          .reverse()
          .map((p) => `L ${xOf(p.i).toFixed(1)} ${yOf(p.low).toFixed(1)}`)
          .join(" ")} Z`
      : "";
  const labelEvery = Math.ceil(points.length / 6);
  const last = points[points.length - 1]!;
  return (
    <figure className={`${styles.chart} ${styles.spread}`} data-testid={id}>
      <div className={styles.scroll} role="region" aria-label="Record by month, chart" tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-title`}>Accuracy at the end of each month</title>
          <desc id={`${id}-desc`}>
            {`From ${points[0]!.month} to ${last.month}; now ${formatPercent(last.score)} over ${last.n} resolved claims. The table below gives every figure.`}
          </desc>
          {[0, 0.5, 1].map((p) => (
            <g key={p}>
              <line x1={pad.left} x2={width - pad.right} y1={yOf(p)} y2={yOf(p)} stroke="#c5cbd3" />
              <text x={pad.left - 6} y={yOf(p) + 4} fontSize="12" textAnchor="end" fill="#1b1f24">
                {pct(p)}
              </text>
            </g>
          ))}
          {band ? <path d={band} fill="#35507a" opacity="0.18" /> : null}
          {line ? <path d={line} fill="none" stroke="#35507a" strokeWidth="2.5" /> : null}
          {scored.map((p) => (
            <circle key={p.month} cx={xOf(p.i)} cy={yOf(p.score!)} r="3" fill="#35507a" />
          ))}
          {points.map((p, i) =>
            i % labelEvery === 0 || i === points.length - 1 ? (
              <text key={p.month} x={xOf(i)} y={height - 10} fontSize="12" textAnchor="middle" fill="#1b1f24">
                {p.month}
              </text>
            ) : null,
          )}
        </svg>
      </div>
      <figcaption className="small muted">
        The line is the accuracy score at each month’s end, the band its 95% interval; a verdict changed later moves the line from the day it was published.
      </figcaption>
      <div className={styles.scroll} role="region" aria-label="Record by month" tabIndex={0}>
        <table className={`small ${styles.chartTable}`}>
          <caption className="visually-hidden">Accuracy at the end of each month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Resolved</th>
              <th scope="col">Accuracy</th>
              <th scope="col">95% interval</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <th scope="row">
                  <Link href={`/outlets/${outletSlug}?asOf=${lastDay(p.month)}`}>{p.month}</Link>
                </th>
                <td className={styles.num}>{p.n}</td>
                <td className={styles.num}>{formatPercent(p.score)}</td>
                <td className={styles.num}>{p.score === null ? "—" : `${pct(p.low)}–${pct(p.high)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
