// Assisted pairing as the desk sees it: suggested evidence for a claim and
// claim candidates in an article (docs/suggestions.md).
import type { ClaimCandidate } from "@/lib/candidates/candidates";
import type { Stance } from "@/lib/verdicts";

export type SuggestionItem = {
  articleId: string;
  start: number;
  end: number;
  quote: string;
  score: number;
  stance: Stance;
  reasons: string[];
  article: { title: string; outlet: string; publishedAt: string };
};

export type ClaimCandidateItem = Omit<ClaimCandidate, "attributedTo"> & {
  /** The source named in the text, or the outlet itself when none is. */
  attributedTo: string;
  attributionFound: boolean;
  /** An existing claim already quotes (part of) this sentence. */
  claimed: boolean;
};

export type SuggestionRejection = { id: string; articleId: string; quoteStart: number; quoteEnd: number };
