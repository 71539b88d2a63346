import Link from "next/link";
import type { ReactNode } from "react";
import { claimsHref, type ClaimsQuery } from "@/lib/claim-links";
import styles from "./dashboard.module.css";

export type ClaimsLinkProps = { query: ClaimsQuery; children: ReactNode };

/**
 * A figure as a link to the claims it counts (lib/claim-links.ts). Marked
 * `data-claims-link`, so the test that follows every figure's link finds it.
 */
export function ClaimsLink({ query, children }: ClaimsLinkProps) {
  return (
    <Link href={claimsHref(query)} className={styles.countLink} data-claims-link="" title="Show these claims">
      {children}
    </Link>
  );
}

/** The figure linked when its scope is known, plain otherwise. */
export function MaybeClaimsLink({ query, children }: { query: ClaimsQuery | undefined; children: ReactNode }) {
  return query ? <ClaimsLink query={query}>{children}</ClaimsLink> : <>{children}</>;
}
