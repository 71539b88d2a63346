import Link from "next/link";
import { formatPercent, RATING_ORDER, STANCE_WEIGHT, type Accuracy, type RatingCounts } from "@/lib/scoring";
import { CLAIM_STANCES, type ClaimStance } from "@/lib/stance";
import { RATING_INFO } from "@/lib/verdicts";
import { ClaimStanceLabel } from "./claim-stance-label";
import styles from "./dashboard.module.css";

type TrackPart = { total: number; counts: RatingCounts; accuracy: Accuracy };

/** The score with its interval and sample size (and the hedges' weight when it differs from n). */
export function AccuracyLine({ accuracy }: { accuracy: Accuracy }) {
  if (accuracy.n === 0) return <p className="muted small">No resolved claims yet, so no accuracy score.</p>;
  const weighted = accuracy.weight !== accuracy.n;
  return (
    <p data-testid="accuracy">
      Accuracy <strong className={styles.num}>{formatPercent(accuracy.score)}</strong>{" "}
      <span className="small muted">
        (95% interval {formatPercent(accuracy.low)}–{formatPercent(accuracy.high)}, n = {accuracy.n} resolved claim
        {accuracy.n === 1 ? "" : "s"}
        {weighted ? `, weighing ${accuracy.weight} with hedges at ½` : ""})
      </span>
    </p>
  );
}

/** `claimsQuery` (a dashboard filter) makes each count a link to the claims it counts. */
export function CountsTable({ counts, caption, claimsQuery }: { counts: RatingCounts; caption: string; claimsQuery?: Record<string, string> }) {
  return (
    <table className={`small ${styles.counts}`}>
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {RATING_ORDER.map((r) => (
          <tr key={r}>
            <th scope="row">
              <span className={`badge badge-${r}`}>
                <span aria-hidden="true">{RATING_INFO[r].icon}</span>
                {RATING_INFO[r].label}
              </span>
            </th>
            <td className={styles.num}>
              {claimsQuery ? <Link href={{ pathname: "/", query: { ...claimsQuery, rating: r }, hash: "claims-heading" }}>{counts[r]}</Link> : counts[r]}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type TrackPartsProps = { parts: readonly (readonly [key: string, title: string, part: TrackPart])[] };

/** Side-by-side cards, one per part of a track record: claims, score and counts. */
export function TrackParts({ parts }: TrackPartsProps) {
  return (
    <div className={styles.split}>
      {parts.map(([key, title, part]) => (
        <div key={key} className="card" data-testid={`split-${key}`}>
          <h3>{title}</h3>
          <p className="small">
            {part.total} claim{part.total === 1 ? "" : "s"}
          </p>
          <AccuracyLine accuracy={part.accuracy} />
          <CountsTable counts={part.counts} caption={title} />
        </div>
      ))}
    </div>
  );
}

export type StanceTableProps = { stances: Record<ClaimStance, TrackPart> };

/** Asserted, hedged and denied claims in one table: counts, accuracy and the weight each claim carries. */
export function StanceTable({ stances }: StanceTableProps) {
  return (
    // Focusable, so that a keyboard can scroll it sideways on a narrow screen.
    <div className={styles.scroll} role="region" aria-label="Claims by stance" tabIndex={0}>
      <table className={`small ${styles.leaderboard}`} data-testid="stance-table">
        <caption className="small muted">Each claim is rated through its stance; a hedged claim weighs ½ in the score, an asserted or denied one 1.</caption>
        <thead>
          <tr>
            <th scope="col">Stance</th>
            <th scope="col">Claims</th>
            <th scope="col">{RATING_INFO.confirmed.label}</th>
            <th scope="col">{RATING_INFO.partly_confirmed.label}</th>
            <th scope="col">{RATING_INFO.refuted.label}</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Weight each</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_STANCES.map((s) => {
            const part = stances[s];
            return (
              <tr key={s} data-testid={`stance-${s}`}>
                <th scope="row">
                  <ClaimStanceLabel stance={s} />
                </th>
                <td className={styles.num}>{part.total}</td>
                <td className={styles.num}>{part.counts.confirmed}</td>
                <td className={styles.num}>{part.counts.partly_confirmed}</td>
                <td className={styles.num}>{part.counts.refuted}</td>
                <td className={styles.num}>{part.accuracy.n > 0 ? `${formatPercent(part.accuracy.score)} (n = ${part.accuracy.n})` : "—"}</td>
                <td className={styles.num}>{STANCE_WEIGHT[s] === 1 ? "1" : "½"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
