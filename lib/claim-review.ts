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

type Appearance = {
  attributedTo: string;
  origin: boolean;
  article: { outlet: string; title: string; url: string | null; publishedAt: string };
};

export type ClaimReviewInput = {
  id: string;
  statement: string;
  rating: RatingOrPending;
  verdict: { rationale: string; decidedAt: string } | null;
  updatedAt: string;
  /** Every published appearance, first printed first. */
  appearances: Appearance[];
};

export type ClaimReviewOptions = { siteUrl: string; publisher?: string };

function creativeWork(article: Appearance["article"]) {
  return {
    "@type": "CreativeWork",
    headline: article.title,
    ...(article.url ? { url: article.url } : {}),
    datePublished: article.publishedAt,
    author: { "@type": "Organization", name: article.outlet },
  };
}

/**
 * schema.org ClaimReview for one rumor: the rumor's statement and verdict,
 * every article that printed it as an `appearance` and the origin (its first
 * published appearance) as `firstAppearance`; the rumor page and each of its
 * claims' pages carry it. Null for a pending rumor or one nobody has printed
 * (nothing has been reviewed yet).
 */
export function rumorReview(rumor: ClaimReviewInput, { siteUrl, publisher = "Hindsight" }: ClaimReviewOptions) {
  const first = rumor.appearances.find((a) => a.origin) ?? rumor.appearances[0];
  if (rumor.rating === "pending" || !rumor.verdict || !first) return null;
  const base = siteUrl.replace(/\/$/, "");
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${base}/rumors/${rumor.id}`,
    claimReviewed: rumor.statement,
    datePublished: rumor.verdict.decidedAt,
    dateModified: rumor.updatedAt,
    author: { "@type": "Organization", name: publisher, url: base },
    reviewRating: {
      "@type": "Rating",
      ratingValue: RATING_VALUE[rumor.rating],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: RATING_INFO[rumor.rating].label,
      ratingExplanation: rumor.verdict.rationale,
    },
    itemReviewed: {
      "@type": "Claim",
      // Who the first article says made the claim; the outlet itself when it is its own.
      author:
        attributionKind(first.attributedTo) === "own"
          ? { "@type": "Organization", name: first.article.outlet }
          : { "@type": "Person", name: first.attributedTo },
      datePublished: first.article.publishedAt,
      appearance: rumor.appearances.map((a) => creativeWork(a.article)),
      firstAppearance: creativeWork(first.article),
    },
  };
}

/** JSON for a <script> element: "<" is escaped so quoted text can never close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
