// Review before publish (ADR 0028): the states a verdict goes through on the
// desk. Readers only ever see `published` ones.
export type ReviewState = "draft" | "in_review" | "approved" | "changes_requested" | "published";

/** Lower case, as the desk's other markers ("current", "draft") read. */
export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  draft: "draft",
  in_review: "in review",
  approved: "approved",
  changes_requested: "changes requested",
  published: "published",
};

/** The steps of a verdict's review thread. */
export type ReviewAction = "requested" | "approved" | "changes_requested" | "published_without_review";
