import { RATING_INFO, RATINGS, type RatingOrPending } from "@/lib/verdicts";
import type { PublicClaim } from "@/server/public-claims";
import styles from "./reader.module.css";

export type VerdictSummaryProps = { claims: Pick<PublicClaim, "rating">[] };

const ORDER: RatingOrPending[] = [...RATINGS, "pending"];

/** Counts per verdict, each with its icon and label so colour is never the only cue. */
export function VerdictSummary({ claims }: VerdictSummaryProps) {
  const counts = new Map<RatingOrPending, number>();
  for (const c of claims) counts.set(c.rating, (counts.get(c.rating) ?? 0) + 1);
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Verdicts at a glance
      </h2>
      <p className={`${styles.summaryLead} small muted`}>
        {claims.length} claim{claims.length === 1 ? "" : "s"} tracked:
      </p>
      <ul className={styles.summary}>
        {ORDER.map((rating) => {
          const n = counts.get(rating) ?? 0;
          return (
            <li key={rating}>
              <span className={`badge badge-${rating}`}>
                <span aria-hidden="true">{RATING_INFO[rating].icon}</span>
                <span className={styles.count}>{n}</span> {RATING_INFO[rating].label}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
