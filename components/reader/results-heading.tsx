import Link from "next/link";
import { exportClaims } from "@/lib/contracts/api/claims";
import { urlOf } from "@/lib/query/call";
import { describeFilter } from "@/lib/filter-labels";
import { FILTER_KEYS, SEARCH_LIMIT, type ClaimFilterInput } from "@/lib/schemas/claim-filter";
import styles from "./dashboard.module.css";

export type ResultsHeadingProps = {
  count: number;
  more?: boolean;
  /** Every claim the filter matches (not only this page's), when counted: a figure's link lands on a list that says it holds that many. */
  total?: number | null;
  filter: ClaimFilterInput;
  /** The search reached its limit of best matches, so the other filters may have missed some. */
  capped?: boolean;
  /** The rumor a `rumor` filter names, when the list shows it (its statement names the view). */
  rumor?: { id: string; statement: string } | null;
};

/** The export of exactly the filters a reader can set in the URL. */
const exportUrl = (filter: ClaimFilterInput, format: "csv" | "json") =>
  urlOf(exportClaims, { input: { ...Object.fromEntries(FILTER_KEYS.map((k) => [k, filter[k]])), format } });

/** The result count with links exporting exactly this view, and the filters the form shows no field for, in words. */
export function ResultsHeading({ count, more = false, total = null, filter, capped = false, rumor = null }: ResultsHeadingProps) {
  const described = describeFilter(filter);
  return (
    <div className={styles.resultsHead}>
      <p role="status" data-testid="result-count">
        {total !== null ? (
          <>
            <strong data-testid="result-total">{total}</strong> claim{total === 1 ? "" : "s"} in this view{more ? `, ${count} shown (more below)` : null}
          </>
        ) : (
          <>
            {more ? "Showing " : null}
            {count} claim{count === 1 ? "" : "s"}
            {more ? " (more below)" : null}
          </>
        )}
        {filter.q ? <> matching “{filter.q}”</> : null}
        {filter.rumor ? (
          <span className="small muted" data-testid="result-rumor">
            {" · appearances of "}
            <Link href={`/rumors/${encodeURIComponent(filter.rumor)}`}>{rumor?.id === filter.rumor ? `the rumor “${rumor.statement}”` : "one rumor"}</Link>
          </span>
        ) : null}
        {described.length ? <span className="small muted">{` · ${described.join(" · ")}`}</span> : null}
      </p>
      {capped ? (
        <p className="small muted" data-testid="search-capped">
          The search looked at the {SEARCH_LIMIT.toLocaleString("en")} best matches for “{filter.q}” only; add words to find others.
        </p>
      ) : null}
      <p className={`${styles.exports} small`}>
        Export this view:
        <a href={exportUrl(filter, "csv")} download>
          CSV
        </a>
        <a href={exportUrl(filter, "json")} download>
          JSON
        </a>
      </p>
    </div>
  );
}
