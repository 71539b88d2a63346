import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER, type RatingCounts } from "@/lib/scoring";
import styles from "./dashboard.module.css";

export type HeadlineFiguresProps = { total: number; counts: RatingCounts };

/** Claims tracked and the share of each verdict, each with its icon and label. */
export function HeadlineFigures({ total, counts }: HeadlineFiguresProps) {
  const share = (n: number) => (total === 0 ? "0%" : `${Math.round((n / total) * 100)}%`);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="visually-hidden">
        Headline figures
      </h2>
      <ul className={styles.figures}>
        <li>
          <span className={styles.figure}>{total}</span>
          <span className="small">claims tracked</span>
        </li>
        {RATING_ORDER.map((r) => (
          <li key={r} data-rating={r}>
            <span className={styles.figure}>{share(counts[r])}</span>
            <span className={`badge badge-${r}`}>
              <span aria-hidden="true">{RATING_INFO[r].icon}</span>
              {RATING_INFO[r].label}
            </span>{" "}
            <span className="small muted">({counts[r]})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
