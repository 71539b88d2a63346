// Browser fetchers for assisted pairing (issue #5), one per key in keys.ts.
import type { ClaimCandidateItem } from "@/server/claim-candidates";
import type { SuggestionItem } from "@/server/suggestions";
import { api } from "./api";

export const fetchSuggest = {
  claimCandidates: (articleId: string) => api<{ items: ClaimCandidateItem[] }>(`/api/v1/articles/${articleId}/claim-candidates`).then((r) => r.items),
  suggestions: (claimId: string, limit = 8) => api<{ items: SuggestionItem[] }>(`/api/v1/claims/${claimId}/suggestions?limit=${limit}`).then((r) => r.items),
};
