// Rumor matching as the desk sees it (docs/suggestions.md#matching-a-new-claim-to-existing-rumors).

/** A rumor a claim may belong to; `likely` is offered pre-selected, the rest are `possible`. */
export type MatchItem = {
  rumorId: string;
  /** 0..1, the model's probability that the claim belongs to this rumor. */
  score: number;
  likely: boolean;
  statement: string;
  claimCount: number;
  /** Short strings: "name: sotloff", "number: 2", "phrase: american journalist", "word: behead". */
  reasons: string[];
};

export type MatchRejection = { id: string; claimId: string; rumorId: string };

/** A claim alone in its rumor whose best match is `likely`: the work queue offers to link it. */
export type LikelyLink = {
  claim: { id: string; statement: string; outlet: string; publishedAt: string; rumorId: string };
  match: MatchItem;
};
