import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { PublicClaim } from "@/server/public-claims";
import { EvidenceList } from "./evidence-list";
import { QuoteBlock } from "./quote-block";
import { VerdictRationale } from "./verdict-rationale";
import styles from "./reader.module.css";

export type ClaimCardProps = { claim: PublicClaim };

export function ClaimCard({ claim }: ClaimCardProps) {
  const headingId = `claim-${claim.id}`;
  return (
    <article className={`card ${styles.claim}`} aria-labelledby={headingId}>
      <div className={styles.claimHead}>
        <h3 id={headingId}>{claim.statement}</h3>
        <VerdictBadge rating={claim.rating} />
      </div>
      <h4>Before: what was said</h4>
      <QuoteBlock kind="rumor" article={claim.sourceArticle} credit={<>attributed to {claim.attributedTo}</>}>
        {claim.quote.text}
      </QuoteBlock>
      <h4>After: what was reported</h4>
      <EvidenceList evidence={claim.evidence} />
      <VerdictRationale claim={claim} />
      <p className={`${styles.more} small`}>
        {/* The hidden part makes the link text unique out of context (link lists, screen readers). */}
        <Link href={`/claims/${claim.id}`}>
          Full record<span className="visually-hidden"> of the claim “{claim.statement}”</span>
        </Link>
      </p>
    </article>
  );
}
