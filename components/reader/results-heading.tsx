import { filterQuery, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import styles from "./dashboard.module.css";

export type ResultsHeadingProps = { count: number; filter: ClaimFilterInput };

/** The result count with links exporting exactly this view. */
export function ResultsHeading({ count, filter }: ResultsHeadingProps) {
  return (
    <div className={styles.resultsHead}>
      <p role="status" data-testid="result-count">
        {count} claim{count === 1 ? "" : "s"}
        {filter.q ? <> matching “{filter.q}”</> : null}
      </p>
      <p className={`${styles.exports} small`}>
        Export this view:
        <a href={`/api/v1/claims/export${filterQuery(filter, { format: "csv" })}`} download>
          CSV
        </a>
        <a href={`/api/v1/claims/export${filterQuery(filter, { format: "json" })}`} download>
          JSON
        </a>
      </p>
    </div>
  );
}
