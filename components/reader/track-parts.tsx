import { counted, resolved, type ClaimsQuery } from "@/lib/claim-links";
import { formatPercent, RATING_ORDER, STANCE_WEIGHT, type Accuracy, type RatingCounts } from "@/lib/scoring";
import { CLAIM_STANCES, type ClaimStance } from "@/lib/stance";
import { RATING_INFO } from "@/lib/verdicts";
import { ClaimStanceLabel } from "./claim-stance-label";
import { ClaimsLink, MaybeClaimsLink } from "./claims-link";
import styles from "./dashboard.module.css";

type TrackPart = { total: number; counts: RatingCounts; accuracy: Accuracy };

/**
 * The score with its interval and sample size (and the hedges' weight when it
 * differs from n); `claimsQuery` (the claims scored, as a dashboard filter)
 * links n to the resolved ones.
 */
export function AccuracyLine({ accuracy, claimsQuery }: { accuracy: Accuracy; claimsQuery?: ClaimsQuery }) {
  if (accuracy.n === 0) return <p className="muted small">No resolved claims yet, so no accuracy score.</p>;
  const weighted = accuracy.weight !== accuracy.n;
  return (
    <p data-testid="accuracy">
      Accuracy <strong className={styles.num}>{formatPercent(accuracy.score)}</strong>{" "}
      <span className="small muted">
        (95% interval {formatPercent(accuracy.low)}–{formatPercent(accuracy.high)}, n ={" "}
        <MaybeClaimsLink query={claimsQuery && resolved(claimsQuery)}>{accuracy.n}</MaybeClaimsLink> resolved claim
        {accuracy.n === 1 ? "" : "s"}
        {weighted ? `, weighing ${accuracy.weight} with hedges at ½` : ""})
      </span>
    </p>
  );
}

/** `claimsQuery` (a dashboard filter) makes each count a link to the claims it counts. */
export function CountsTable({ counts, caption, claimsQuery }: { counts: RatingCounts; caption: string; claimsQuery?: ClaimsQuery }) {
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
              <MaybeClaimsLink query={claimsQuery && { ...claimsQuery, rating: r }}>{counts[r]}</MaybeClaimsLink>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export type TrackPartsProps = { parts: readonly (readonly [key: string, title: string, part: TrackPart, claimsQuery?: ClaimsQuery])[] };

/** Side-by-side cards, one per part of a track record: claims, score and counts, each linked to its claims when the part's filter is given. */
export function TrackParts({ parts }: TrackPartsProps) {
  return (
    <div className={styles.split}>
      {parts.map(([key, title, part, query]) => (
        <div key={key} className="card" data-testid={`split-${key}`}>
          <h3>{title}</h3>
          <p className="small">
            <MaybeClaimsLink query={query && counted(query)}>{part.total}</MaybeClaimsLink> claim{part.total === 1 ? "" : "s"}
          </p>
          <AccuracyLine accuracy={part.accuracy} claimsQuery={query} />
          <CountsTable counts={part.counts} caption={title} claimsQuery={query} />
        </div>
      ))}
    </div>
  );
}

export type StanceTableProps = { stances: Record<ClaimStance, TrackPart>; claimsQuery: ClaimsQuery };

/** Asserted, hedged and denied claims in one table: counts, accuracy and the weight each claim carries; each count links to its claims. */
export function StanceTable({ stances, claimsQuery }: StanceTableProps) {
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
            const query = { ...claimsQuery, stance: s };
            return (
              <tr key={s} data-testid={`stance-${s}`}>
                <th scope="row">
                  <ClaimStanceLabel stance={s} />
                </th>
                <td className={styles.num}>
                  <ClaimsLink query={counted(query)}>{part.total}</ClaimsLink>
                </td>
                {(["confirmed", "partly_confirmed", "refuted"] as const).map((r) => (
                  <td key={r} className={styles.num}>
                    <ClaimsLink query={{ ...query, rating: r }}>{part.counts[r]}</ClaimsLink>
                  </td>
                ))}
                <td className={styles.num}>
                  {part.accuracy.n > 0 ? (
                    <>
                      {formatPercent(part.accuracy.score)} (n = <ClaimsLink query={resolved(query)}>{part.accuracy.n}</ClaimsLink>)
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td className={styles.num}>{STANCE_WEIGHT[s] === 1 ? "1" : "½"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
