import Link from "next/link";
import { CLAIM_CERTAINTY_LABEL, type Calibration } from "@/lib/calibration";
import { counted, resolved, type ClaimsQuery } from "@/lib/claim-links";
import { formatPercent } from "@/lib/scoring";
import { ClaimsLink } from "./claims-link";
import styles from "./dashboard.module.css";

export type CalibrationChartProps = {
  calibration: Calibration;
  id: string;
  /** The dashboard filter of the claims counted, e.g. `{ outlet: "x" }`: each tier adds its `certainty`. */
  claimsQuery: ClaimsQuery;
  caption: string;
};

const pct = (v: number) => `${Math.round(v * 100)}%`;

/**
 * How often each certainty tier came true, with its 95% interval and the
 * probability the tier stands for (a diamond): SVG drawn on the server, then
 * a table with every figure and a link to the claims each counts.
 */
export function CalibrationChart({ calibration, id, claimsQuery, caption }: CalibrationChartProps) {
  const tiers = calibration.tiers.filter((t) => t.total > 0);
  if (tiers.length === 0) return <p className="small muted">No published claims with a certainty tier yet.</p>;
  const width = 480;
  const row = 30;
  const pad = { left: 170, right: 16, top: 22, bottom: 8 };
  const height = pad.top + tiers.length * row + pad.bottom;
  const xOf = (p: number) => pad.left + p * (width - pad.left - pad.right);
  return (
    <figure className={`${styles.chart} ${styles.spread}`} data-testid={id}>
      <div className={styles.scroll} role="region" aria-label="Calibration by certainty tier, chart" tabIndex={0}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-title`}>Share that came true, by how sure the source was</title>
          <desc id={`${id}-desc`}>
            {tiers.map((t) => `${CLAIM_CERTAINTY_LABEL[t.certainty]}: ${formatPercent(t.share)} of ${t.n} resolved`).join("; ")}. The table below gives every
            figure.
          </desc>
          {[0, 0.5, 1].map((p) => (
            <g key={p}>
              <line x1={xOf(p)} x2={xOf(p)} y1={pad.top - 4} y2={height - pad.bottom} stroke="#c5cbd3" />
              <text x={xOf(p)} y={pad.top - 8} fontSize="12" textAnchor={p === 0 ? "start" : p === 1 ? "end" : "middle"} fill="#1b1f24">
                {pct(p)}
              </text>
            </g>
          ))}
          {tiers.map((t, i) => {
            const y = pad.top + i * row + row / 2;
            return (
              <g key={t.certainty}>
                <text x={pad.left - 8} y={y + 4} fontSize="13" textAnchor="end" fill="#1b1f24">
                  {CLAIM_CERTAINTY_LABEL[t.certainty].replace(/^Reported by /, "")}
                </text>
                {t.share !== null ? (
                  <>
                    <line x1={xOf(t.low)} x2={xOf(t.high)} y1={y} y2={y} stroke="#35507a" strokeWidth="3" />
                    <circle cx={xOf(t.share)} cy={y} r="5" fill="#35507a" />
                  </>
                ) : (
                  <text x={xOf(0) + 4} y={y + 4} fontSize="12" fill="#4a5360">
                    none resolved
                  </text>
                )}
                {t.stated !== null ? <path d={`M ${xOf(t.stated)} ${y - 7} l 5 7 l -5 7 l -5 -7 z`} fill="none" stroke="#a3192b" strokeWidth="1.5" /> : null}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="small muted">
        {caption} The dot is the share that came true (confirmed counts 1, partly confirmed ½), the bar its 95% interval, the open diamond the probability the
        tier stands for in the Brier score.
      </figcaption>
      <div className={styles.scroll} role="region" aria-label="Calibration table" tabIndex={0}>
        <table className={`small ${styles.chartTable}`}>
          <caption className="visually-hidden">Calibration by certainty tier</caption>
          <thead>
            <tr>
              <th scope="col">How sure the source was</th>
              <th scope="col">Claims</th>
              <th scope="col">Resolved</th>
              <th scope="col">Came true</th>
              <th scope="col">95% interval</th>
              <th scope="col">Stated</th>
            </tr>
          </thead>
          <tbody>
            {tiers.map((t) => (
              <tr key={t.certainty}>
                <th scope="row">{CLAIM_CERTAINTY_LABEL[t.certainty]}</th>
                <td className={styles.num}>
                  <ClaimsLink query={counted({ ...claimsQuery, certainty: t.certainty })}>{t.total}</ClaimsLink>
                </td>
                <td className={styles.num}>
                  <ClaimsLink query={resolved({ ...claimsQuery, certainty: t.certainty })}>{t.n}</ClaimsLink>
                </td>
                <td className={styles.num}>{formatPercent(t.share)}</td>
                <td className={styles.num}>{t.share === null ? "—" : `${pct(t.low)}–${pct(t.high)}`}</td>
                <td className={styles.num}>{t.stated === null ? "—" : pct(t.stated)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The Brier-style score in one line; `claimsQuery` links its count to the resolved claims with a known tier. */
export function BrierLine({ calibration, claimsQuery }: { calibration: Calibration; claimsQuery?: ClaimsQuery }) {
  if (calibration.brier === null) return <p className="small muted">No resolved claim with a known tier yet, so no Brier score.</p>;
  const n = claimsQuery ? <ClaimsLink query={resolved({ ...claimsQuery, certainty: "known" })}>{calibration.brierN}</ClaimsLink> : calibration.brierN;
  return (
    <p data-testid="brier">
      Brier score <strong className={styles.num}>{calibration.brier.toFixed(3)}</strong> over {n} resolved claim
      {calibration.brierN === 1 ? "" : "s"} (0 is perfect; always saying 50% scores 0.250). <Link href="/methodology#calibration">What this means</Link>
    </p>
  );
}
