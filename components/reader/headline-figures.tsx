import { counted, type ClaimsQuery } from "@/lib/claim-links";
import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER, type RatingCounts } from "@/lib/scoring";
import { MaybeClaimsLink } from "./claims-link";
import styles from "./dashboard.module.css";

export type HeadlineFiguresProps = {
  rumors: number;
  /** Claims (appearances), when the page counts them too. */
  claims?: number;
  /** Verdicts per claim when `claims` is given, else per rumor. */
  counts: RatingCounts;
  /**
   * The claims behind the figures, as a dashboard filter (`{}` for all, `{ event }`):
   * each count links to them. Rumors link to their first appearances (one claim each).
   */
  links?: { rumors: ClaimsQuery; claims: ClaimsQuery };
};

/**
 * What is tracked and the share of each verdict, each with its icon and
 * label. Rumors and claims are counted apart (one rumor appears in many
 * articles, each appearance a claim) and the text says which the shares count.
 */
export function HeadlineFigures({ rumors, claims, counts, links }: HeadlineFiguresProps) {
  const total = claims ?? rumors;
  const share = (n: number) => (total === 0 ? "0%" : `${Math.round((n / total) * 100)}%`);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="visually-hidden">
        Headline figures
      </h2>
      <ul className={styles.figures}>
        <li data-testid="rumor-count">
          <span className={styles.figure}>
            <MaybeClaimsLink query={links && { ...links.rumors, origin: "first" }}>{rumors}</MaybeClaimsLink>
          </span>
          <span className="small">rumors tracked</span>
        </li>
        {claims !== undefined ? (
          <li data-testid="claim-count">
            <span className={styles.figure}>
              <MaybeClaimsLink query={links && counted(links.claims)}>{claims}</MaybeClaimsLink>
            </span>
            <span className="small">claims: their appearances in articles</span>
          </li>
        ) : null}
        {RATING_ORDER.map((r) => (
          <li key={r} data-rating={r}>
            <span className={styles.figure}>{share(counts[r])}</span>
            <span className={`badge badge-${r}`}>
              <span aria-hidden="true">{RATING_INFO[r].icon}</span>
              {RATING_INFO[r].label}
            </span>{" "}
            <span className="small muted">
              (<MaybeClaimsLink query={links && claims !== undefined ? { ...links.claims, rating: r } : undefined}>{counts[r]}</MaybeClaimsLink>)
            </span>
          </li>
        ))}
      </ul>
      <p className="small muted">
        {claims !== undefined
          ? "A rumor is one happening; each article that printed it is a claim. These verdict shares count claims, each read through its stance (an article that denied a refuted rumor counts as confirmed); the chart of verdicts by event counts rumors."
          : "These verdict shares count rumors: each rumor once, however many articles printed it."}
      </p>
    </section>
  );
}
