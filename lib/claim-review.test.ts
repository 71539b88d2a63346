import { describe, expect, it } from "vitest";
import { claimReview, jsonLdText, RATING_VALUE } from "./claim-review";

const claim = {
  id: "c1",
  statement: "Tom Cruise will appear at the closing ceremony.",
  rating: "confirmed" as const,
  attributedTo: "French media",
  verdict: { rationale: "The later report describes it.", decidedAt: "2024-08-13T10:00:00.000Z" },
  sourceArticle: { outlet: "Pre-event source", title: "Rumours", url: "https://example.org/a", publishedAt: "2024-08-09" },
  updatedAt: "2024-08-13T10:00:00.000Z",
};

describe("claimReview", () => {
  it("carries every field a ClaimReview needs", () => {
    const review = claimReview(claim, { siteUrl: "https://hindsight.example/" })!;
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toBe(claim.statement);
    expect(review.url).toBe("https://hindsight.example/claims/c1");
    expect(review.datePublished).toBe(claim.verdict.decidedAt);
    expect(review.author).toMatchObject({ "@type": "Organization", name: "Hindsight" });
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Confirmed" });
    expect(review.itemReviewed).toMatchObject({
      "@type": "Claim",
      author: { "@type": "Person", name: "French media" },
      datePublished: "2024-08-09",
      appearance: { "@type": "CreativeWork", url: "https://example.org/a" },
      firstAppearance: { "@type": "CreativeWork" },
    });
  });
  it("maps the scale in order and rates unverifiable outside it", () => {
    expect(RATING_VALUE.refuted).toBeLessThan(RATING_VALUE.partly_confirmed);
    expect(RATING_VALUE.partly_confirmed).toBeLessThan(RATING_VALUE.confirmed);
    expect(claimReview({ ...claim, rating: "unverifiable" }, { siteUrl: "http://x" })!.reviewRating.ratingValue).toBe(-1);
  });
  it("gives the outlet as the author of its own claims", () => {
    const review = claimReview({ ...claim, attributedTo: "The outlet itself (implied)" }, { siteUrl: "http://x" })!;
    expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "Pre-event source" });
  });
  it("has none for a pending claim", () => {
    expect(claimReview({ ...claim, rating: "pending", verdict: null }, { siteUrl: "http://x" })).toBeNull();
  });
  it("escapes markup in the script text", () => {
    expect(jsonLdText({ a: "</script><b>" })).not.toContain("</script>");
  });
});
