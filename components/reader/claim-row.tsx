import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { formatDay } from "@/lib/dates";
import type { ClaimLine } from "@/lib/contracts/reader";
import styles from "./claim-row.module.css";
import { VoidBadge } from "./void-badge";

export type ClaimRowProps = { claim: ClaimLine };

/**
 * One line per claim for lists (the dashboard): the verdict (or the void mark and its reason), the statement
 * linking to its full record, and who said it when. The quotes and the
 * rationale live on the claim page; keeping lists this small is what lets the
 * dashboard be served about as cheaply as a static file (docs/performance.md).
 */
export function ClaimRow({ claim }: ClaimRowProps) {
  const headingId = `claim-${claim.id}`;
  const { quotes, outlet, publishedAt } = claim;
  // Each part is one string: React marks every seam between text pieces with a comment.
  const said = claim.attributedTo ? ` · attributed to ${claim.attributedTo}` : "";
  const voided = claim.void;
  const outcome = quotes === 0 ? "no outcome quoted yet" : `${quotes} outcome quote${quotes === 1 ? "" : "s"}`;
  return (
    <article className={styles.row} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.statement}>
        <Link href={`/claims/${claim.id}`}>{claim.statement}</Link>
      </h3>
      {voided ? <VoidBadge reason={voided.reason} /> : <VerdictBadge rating={claim.rating} describe={false} />}
      <p className={`${styles.meta} muted small`}>
        {`${outlet}, `}
        <time dateTime={publishedAt}>{formatDay(publishedAt)}</time>
        {`${said} · ${outcome}`}
      </p>
      {voided ? (
        <p className={`${styles.meta} small`} data-testid="void-reason">
          {`Void since ${formatDay(voided.at)}: ${voided.reason} (counts in no figure)`}
        </p>
      ) : null}
    </article>
  );
}
