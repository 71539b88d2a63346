import Link from "next/link";
import { counted, resolved } from "@/lib/claim-links";
import { formatPercent } from "@/lib/scoring";
import type { OutletStanding } from "@/lib/contracts/reader";
import { ClaimsLink } from "./claims-link";
import styles from "./dashboard.module.css";

export type LeaderboardProps = { outlets: Pick<OutletStanding, "name" | "slug" | "rank" | "total" | "accuracy">[]; headingLevel?: 2 | 3 };

/** Outlets ranked by the lower bound of their accuracy interval. */
export function Leaderboard({ outlets }: LeaderboardProps) {
  if (outlets.length === 0) return <p className="muted small">No outlet has claims yet.</p>;
  return (
    <div className={styles.board}>
      {/* Focusable, so a keyboard can scroll it sideways; on a phone a line says so, and edge shadows show more columns. */}
      <p className={`small muted ${styles.boardHint}`} id="leaderboard-hint">
        Six columns: scroll the table sideways to see them all.
      </p>
      <div className={styles.scroll} role="region" aria-label="Outlet leaderboard" aria-describedby="leaderboard-hint" tabIndex={0}>
        <table className={styles.leaderboard} data-testid="leaderboard">
          <caption className="small muted">
            Ranked by the lower bound of the 95% Wilson interval of accuracy, so a short record cannot outrank a long one by luck. Accuracy counts confirmed as
            1, partly confirmed as ½, refuted as 0; pending and unverifiable claims are left out.
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Outlet</th>
              <th scope="col">Accuracy</th>
              <th scope="col">95% interval</th>
              <th scope="col">Resolved</th>
              <th scope="col">All claims</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr key={o.slug}>
                <td className={styles.num}>{o.rank ?? "—"}</td>
                <th scope="row">
                  <Link href={`/outlets/${o.slug}`}>{o.name}</Link>
                </th>
                <td className={styles.num}>{formatPercent(o.accuracy.score)}</td>
                <td className={styles.num}>{o.accuracy.n > 0 ? `${formatPercent(o.accuracy.low)}–${formatPercent(o.accuracy.high)}` : "no resolved claims"}</td>
                <td className={styles.num}>
                  n = <ClaimsLink query={resolved({ outlet: o.slug })}>{o.accuracy.n}</ClaimsLink>
                </td>
                <td className={styles.num}>
                  <ClaimsLink query={counted({ outlet: o.slug })}>{o.total}</ClaimsLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
