import { labelRows, labelWidth } from "@/lib/axis-labels";
import { formatDay } from "@/lib/dates";
import styles from "./timeline.module.css";

export type AxisPoint = { date: string; kind: "before" | "event" | "after"; label: string; detail?: string; href?: string };
export type DateAxisProps = { points: AxisPoint[]; title: string };

const KIND_TEXT: Record<AxisPoint["kind"], string> = { before: "Before", event: "Event", after: "After" };
const DAY_MS = 86_400_000;
const FONT = 12;
const ROW = 16;

function Marker({ kind, x, y }: { kind: AxisPoint["kind"]; x: number; y: number }) {
  // Shape as well as colour tells the kinds apart.
  if (kind === "event") return <polygon points={`${x},${y - 8} ${x + 8},${y} ${x},${y + 8} ${x - 8},${y}`} fill="#1b1f24" />;
  if (kind === "before") return <circle cx={x} cy={y} r={6} fill="#c9a400" stroke="#1b1f24" />;
  return <rect x={x - 6} y={y - 6} width={12} height={12} fill="#1f4fd1" />;
}

/** Articles and the event on one date axis: an SVG drawn on the server, then the same points as a list. */
export function DateAxis({ points, title }: DateAxisProps) {
  if (points.length === 0) return null;
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  const times = sorted.map((p) => Date.parse(p.date));
  const min = Math.min(...times);
  const span = Math.max(DAY_MS, Math.max(...times) - min);
  const width = 640;
  const pad = 50;
  const xOf = (d: string) => pad + ((Date.parse(d) - min) / span) * (width - 2 * pad);
  const days = [...new Set(sorted.map((p) => p.date))];
  // Day labels that would overlap go to further rows (lib/axis-labels.ts).
  const rows = labelRows(
    days.map(xOf),
    days.map((d) => labelWidth(formatDay(d).length, FONT)),
  );
  const stack = new Map<string, number>();
  const labelsH = ROW * (Math.max(...rows) + 1) + 8;
  const axisY = 40 + 22 * Math.max(...days.map((d) => sorted.filter((p) => p.date === d).length));
  const height = axisY + labelsH + 8;
  return (
    <figure className={styles.axis}>
      {/* At its drawn size on a phone (text stays 12 px) and scrolled sideways there. */}
      <div className={styles.frame} role="region" aria-label={`${title}, chart`} tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}; the list below gives every point`}>
          <line x1={pad - 20} x2={width - pad + 20} y1={axisY} y2={axisY} stroke="#4a5360" strokeWidth="2" />
          {days.map((d, i) => (
            <g key={d}>
              <line x1={xOf(d)} x2={xOf(d)} y1={axisY - 4} y2={axisY + 4} stroke="#4a5360" strokeWidth="2" />
              <text x={xOf(d)} y={axisY + 20 + rows[i]! * ROW} fontSize={FONT} textAnchor="middle" fill="#1b1f24" data-testid="axis-label">
                {formatDay(d)}
              </text>
            </g>
          ))}
          {sorted.map((p, i) => {
            const level = stack.get(p.date) ?? 0;
            stack.set(p.date, level + 1);
            return <Marker key={i} kind={p.kind} x={xOf(p.date)} y={axisY - 18 - level * 22} />;
          })}
        </svg>
      </div>
      <p className={`small muted ${styles.hint}`}>Scroll sideways to see the whole timeline.</p>
      <figcaption>
        <ol className={styles.points}>
          {sorted.map((p, i) => (
            <li key={i} data-kind={p.kind}>
              <time dateTime={p.date}>{formatDay(p.date)}</time>{" "}
              <span className={styles.kind}>
                <span aria-hidden="true">{p.kind === "event" ? "◆" : p.kind === "before" ? "●" : "■"} </span>
                {KIND_TEXT[p.kind]}
              </span>{" "}
              {p.href ? <a href={p.href}>{p.label}</a> : p.label}
              {p.detail ? <span className="muted"> — {p.detail}</span> : null}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
