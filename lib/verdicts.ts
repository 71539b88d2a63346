// The verdict scale shared by editor and reader views. "pending" is not a
// stored rating: it is what a claim without any verdict shows.
export const RATINGS = ["confirmed", "partly_confirmed", "refuted", "unverifiable"] as const;
export type Rating = (typeof RATINGS)[number];
export type RatingOrPending = Rating | "pending";

export const STANCES = ["supports", "contradicts", "mentions"] as const;
export type Stance = (typeof STANCES)[number];

type RatingInfo = { label: string; icon: string; description: string };

// Icons are text so the verdict never depends on colour alone.
export const RATING_INFO: Record<RatingOrPending, RatingInfo> = {
  confirmed: { label: "Confirmed", icon: "✓", description: "Later reporting shows it happened as claimed." },
  partly_confirmed: {
    label: "Partly confirmed",
    icon: "◐",
    description: "Some of it happened; some of it did not, or differently.",
  },
  refuted: { label: "Refuted", icon: "✗", description: "Later reporting shows it did not happen as claimed." },
  unverifiable: {
    label: "Unverifiable",
    icon: "?",
    description: "The available reporting cannot settle it either way.",
  },
  pending: { label: "Pending", icon: "…", description: "No verdict yet." },
};

export const STANCE_INFO: Record<Stance, { label: string; icon: string }> = {
  supports: { label: "Supports", icon: "▲" },
  contradicts: { label: "Contradicts", icon: "▼" },
  mentions: { label: "Mentions", icon: "•" },
};

/**
 * The rumor's rating its evidence points to, to preselect in the verdict
 * form: confirmed when every passage that takes a side supports it, refuted
 * when every one contradicts it; null when they disagree or none takes a
 * side ("mentions" does not), which the editor decides.
 */
export function ratingFromEvidence(stances: readonly Stance[]): Rating | null {
  const sides = new Set(stances.filter((s) => s !== "mentions"));
  if (sides.size !== 1) return null;
  return sides.has("supports") ? "confirmed" : "refuted";
}
