import { attributionKind } from "./attribution";
import type { RatingOrPending } from "./verdicts";
import { RATING_INFO } from "./verdicts";

/**
 * The verdict scale as numbers for schema.org ClaimReview (docs/api.md,
 * "ClaimReview mapping"): worst 1, best 5. Refuted 1, partly confirmed 3,
 * confirmed 5. Unverifiable is not a point on a true–false scale, so it gets
 * -1, the value fact-checkers use for "not rated"; its alternateName carries
 * the meaning. Pending claims have no review rating at all.
 */
export const RATING_VALUE: Record<Exclude<RatingOrPending, "pending">, number> = {
  refuted: 1,
  partly_confirmed: 3,
  confirmed: 5,
  unverifiable: -1,
};
const BEST_RATING = 5;
const WORST_RATING = 1;

export type ClaimReviewInput = {
  id: string;
  statement: string;
  rating: RatingOrPending;
  attributedTo: string;
  verdict: { rationale: string; decidedAt: string } | null;
  sourceArticle: { outlet: string; title: string; url: string | null; publishedAt: string };
  updatedAt: string;
};

export type ClaimReviewOptions = { siteUrl: string; publisher?: string };

/** schema.org ClaimReview for one claim; null for a pending claim (nothing has been reviewed yet). */
export function claimReview(claim: ClaimReviewInput, { siteUrl, publisher = "Hindsight" }: ClaimReviewOptions) {
  if (claim.rating === "pending" || !claim.verdict) return null;
  const base = siteUrl.replace(/\/$/, "");
  const article = claim.sourceArticle;
  const appearance = {
    "@type": "CreativeWork",
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    datePublished: article.publishedAt,
    author: { "@type": "Organization", name: article.outlet },
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/claims/${claim.id}`,
    claimReviewed: claim.statement,
    datePublished: claim.verdict.decidedAt,
    dateModified: claim.updatedAt,
    author: { "@type": "Organization", name: publisher, url: base },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_VALUE[claim.rating],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: RATING_INFO[claim.rating].label,
      ratingExplanation: claim.verdict.rationale,
    },
    itemReviewed: {
      "@type": "Claim",
      // Who the article says made the claim; the outlet itself when it is its own.
      author:
        attributionKind(claim.attributedTo) === "own" ? { "@type": "Organization", name: article.outlet } : { "@type": "Person", name: claim.attributedTo },
      datePublished: article.publishedAt,
      appearance,
      firstAppearance: appearance,
    },
  };
}

/** JSON for a <script> element: "<" is escaped so quoted text can never close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
