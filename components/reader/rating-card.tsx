import { formatDay } from "@/lib/dates";
import { RATINGS, RATING_INFO, type RatingOrPending } from "@/lib/verdicts";
import styles from "./rating-card.module.css";

export type RatingCardProps = { rating: RatingOrPending; /** When the verdict in force was published; null while none is. */ decidedAt: string | null };

/**
 * The verdict as readers know it from PolitiFact or Snopes: a large mark, the
 * word, what it means, the day the check was published, and where it sits on
 * the scale, at the top of a claim page (issue 14, defect 9).
 */
export function RatingCard({ rating, decidedAt }: RatingCardProps) {
  const info = RATING_INFO[rating];
  return (
    <section className={styles.card} data-rating={rating} aria-labelledby="rating-card-verdict" data-testid="rating-card">
      <p className={styles.mark} aria-hidden="true">
        {info.icon}
      </p>
      <div className={styles.text}>
        <p className={styles.verdict} id="rating-card-verdict">
          <span className={styles.kicker}>Verdict</span> {info.label}
        </p>
        <p className={styles.meaning}>{info.description}</p>
        <p className={styles.date} data-testid="rating-card-date">
          {decidedAt ? (
            <>
              Checked and published <time dateTime={decidedAt}>{formatDay(decidedAt)}</time>
            </>
          ) : (
            "Not checked yet: the verdict is pending."
          )}
        </p>
      </div>
      <ol className={styles.scale} aria-label="The rating scale">
        {RATINGS.map((r) => (
          <li key={r} data-step={r} aria-current={r === rating ? "true" : undefined}>
            <span aria-hidden="true">{RATING_INFO[r].icon}</span> {RATING_INFO[r].label}
          </li>
        ))}
      </ol>
    </section>
  );
}
