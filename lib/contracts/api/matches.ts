// Matching a claim to the rumors it may belong to (issue 12). Linking itself
// is `POST /api/v1/claims/{id}/rumor` or `POST /api/v1/claims/link`: nothing
// is ever linked without the editor.
import { MatchQuerySchema, MatchRejectSchema } from "@/lib/schemas/match";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";
import type { LikelyLink, MatchItem, MatchRejection } from "../matching";

/** Best first; never the claim's own rumor nor one rejected for it. */
export const claimMatches = endpoint<Items<MatchItem>>()({ method: "GET", path: "/api/v1/claims/[id]/matches", input: MatchQuerySchema });
export const rejectMatch = endpoint<MatchRejection>()({
  method: "POST",
  path: "/api/v1/claims/[id]/matches/rejections",
  input: MatchRejectSchema,
  status: 201,
});
/** The work queue's unlinked claims (alone in their rumor) with a likely match, newest first. */
export const likelyLinks = endpoint<Items<LikelyLink>>()({ method: "GET", path: "/api/v1/desk/matches" });
