// A claim's stance toward its rumor (issue 12), and what the rumor's verdict
// means for the claim through it: an outlet that denied a rumor that was
// refuted was right. The methodology page explains the scoring.
import type { Rating } from "./verdicts";

export const CLAIM_STANCES = ["asserts", "hedges", "denies"] as const;
export type ClaimStance = (typeof CLAIM_STANCES)[number];

const FLIPPED: Record<Rating, Rating> = { confirmed: "refuted", refuted: "confirmed", partly_confirmed: "partly_confirmed", unverifiable: "unverifiable" };

/**
 * The claim's rating when the rumor is rated `rumor`: the same for a claim
 * that asserts or hedges it, the opposite for one that denies it (a partly
 * confirmed rumor partly vindicates a denial too; unverifiable stays so).
 */
export function ratingThrough(stance: ClaimStance, rumor: Rating | null): Rating | null {
  if (!rumor) return null;
  return stance === "denies" ? FLIPPED[rumor] : rumor;
}
