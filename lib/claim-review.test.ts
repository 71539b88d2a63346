import { describe, expect, it } from "vitest";
import { jsonLdText, RATING_VALUE, rumorReview } from "./claim-review";

const article = (outlet: string, publishedAt: string, url: string | null = null) => ({ outlet, title: `${outlet} on the rumor`, url, publishedAt });

const rumor = {
  id: "r1",
  statement: "Tom Cruise will appear at the closing ceremony.",
  rating: "confirmed" as const,
  verdict: { rationale: "The later report describes it.", decidedAt: "2024-08-13T10:00:00.000Z" },
  updatedAt: "2024-08-13T10:00:00.000Z",
  appearances: [
    { attributedTo: "French media", origin: true, article: article("Pre-event source", "2024-08-07", "https://example.org/a") },
    { attributedTo: "The outlet itself", origin: false, article: article("Second outlet", "2024-08-08") },
    { attributedTo: "Le Parisien", origin: false, article: article("Third outlet", "2024-08-09", "https://example.org/c") },
  ],
};

describe("rumorReview", () => {
  it("carries every field a ClaimReview needs, for the rumor", () => {
    const review = rumorReview(rumor, { siteUrl: "https://hindsight.example/" })!;
    expect(review["@type"]).toBe("ClaimReview");
    expect(review.claimReviewed).toBe(rumor.statement);
    expect(review.url).toBe("https://hindsight.example/rumors/r1");
    expect(review.datePublished).toBe(rumor.verdict.decidedAt);
    expect(review.author).toMatchObject({ "@type": "Organization", name: "Hindsight" });
    expect(review.reviewRating).toMatchObject({ "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Confirmed" });
    expect(review.itemReviewed).toMatchObject({
      "@type": "Claim",
      author: { "@type": "Person", name: "French media" },
      datePublished: "2024-08-07",
      firstAppearance: { "@type": "CreativeWork", url: "https://example.org/a", datePublished: "2024-08-07" },
    });
  });
  it("lists every appearance, and the origin as the first one even when it is not listed first", () => {
    const review = rumorReview({ ...rumor, appearances: [rumor.appearances[1]!, { ...rumor.appearances[2]!, origin: true }] }, { siteUrl: "http://x" })!;
    expect(review.itemReviewed.appearance.map((a) => a.author.name)).toEqual(["Second outlet", "Third outlet"]);
    expect(review.itemReviewed.appearance[0]).not.toHaveProperty("url");
    expect(review.itemReviewed.firstAppearance.author.name).toBe("Third outlet");
  });
  it("maps the scale in order and rates unverifiable outside it", () => {
    expect(RATING_VALUE.refuted).toBeLessThan(RATING_VALUE.partly_confirmed);
    expect(RATING_VALUE.partly_confirmed).toBeLessThan(RATING_VALUE.confirmed);
    expect(rumorReview({ ...rumor, rating: "unverifiable" }, { siteUrl: "http://x" })!.reviewRating.ratingValue).toBe(-1);
  });
  it("gives the outlet as the author when the first article made the claim itself", () => {
    const own = { ...rumor.appearances[0]!, attributedTo: "The outlet itself (implied)" };
    const review = rumorReview({ ...rumor, appearances: [own] }, { siteUrl: "http://x" })!;
    expect(review.itemReviewed.author).toEqual({ "@type": "Organization", name: "Pre-event source" });
  });
  it("has none for a pending rumor or one without appearances", () => {
    expect(rumorReview({ ...rumor, rating: "pending", verdict: null }, { siteUrl: "http://x" })).toBeNull();
    expect(rumorReview({ ...rumor, appearances: [] }, { siteUrl: "http://x" })).toBeNull();
  });
  it("escapes markup in the script text", () => {
    expect(jsonLdText({ a: "</script><b>" })).not.toContain("</script>");
  });
});
