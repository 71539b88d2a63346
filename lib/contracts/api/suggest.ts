// Assisted pairing (docs/suggestions.md).
import { SuggestionQuerySchema, SuggestionRejectSchema } from "@/lib/schemas/suggestion";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";
import type { ClaimCandidateItem, SuggestionItem, SuggestionRejection } from "../suggest";

export const claimCandidates = endpoint<Items<ClaimCandidateItem>>()({ method: "GET", path: "/api/v1/articles/[id]/claim-candidates" });
export const suggestions = endpoint<Items<SuggestionItem>>()({ method: "GET", path: "/api/v1/claims/[id]/suggestions", input: SuggestionQuerySchema });
export const rejectSuggestion = endpoint<SuggestionRejection>()({
  method: "POST",
  path: "/api/v1/claims/[id]/suggestions/rejections",
  input: SuggestionRejectSchema,
  status: 201,
});
