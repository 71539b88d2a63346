import Link from "next/link";
import { claimsHref, type ClaimsQuery } from "@/lib/claim-links";
import styles from "./dashboard.module.css";

export type ClaimsLinkProps = {
  query: ClaimsQuery;
  /** The figure: how many claims (or rumors, one first appearance each) the list holds. */
  children: number;
  /** An accessible name where the number alone says too little (a chart's segment); it must contain the number, as shown. */
  label?: string;
};

/**
 * A figure as a link to the claims it counts (lib/claim-links.ts). Marked
 * `data-claims-link`, so the test that follows every figure's link finds it.
 * Zero is plain text (marked `data-claims-none`): a link to an empty list
 * would only waste a reader's click.
 */
export function ClaimsLink({ query, children, label }: ClaimsLinkProps) {
  if (children === 0) return <span data-claims-none="">{children}</span>;
  return (
    <Link href={claimsHref(query)} className={styles.countLink} data-claims-link="" title="Show these claims" aria-label={label}>
      {children}
    </Link>
  );
}

/** The figure linked when its scope is known, plain otherwise. */
export function MaybeClaimsLink({ query, children }: { query: ClaimsQuery | undefined; children: number }) {
  return query ? <ClaimsLink query={query}>{children}</ClaimsLink> : <>{children}</>;
}
