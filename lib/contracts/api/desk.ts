// The desk's reads: the same shapes the desk pages prefetch on the server
// and the browser refetches (signed-in editors only).
import type { DeskArticle, DeskClaim, DeskClaimable, DeskEvent, DeskEvidenceArticle, DeskOutlet, Items } from "../desk";
import { endpoint } from "../endpoint";

export const deskArticle = endpoint<DeskArticle>()({ method: "GET", path: "/api/v1/desk/articles/[id]" });
/** Claims the article may give evidence for. */
export const deskClaimable = endpoint<Items<DeskClaimable>>()({ method: "GET", path: "/api/v1/desk/articles/[id]/claimable" });
export const deskClaim = endpoint<DeskClaim>()({ method: "GET", path: "/api/v1/desk/claims/[id]" });
/** Later articles that may hold evidence for the claim. */
export const deskEvidenceArticles = endpoint<Items<DeskEvidenceArticle>>()({ method: "GET", path: "/api/v1/desk/claims/[id]/articles" });
export const deskEvents = endpoint<Items<DeskEvent>>()({ method: "GET", path: "/api/v1/desk/events" });
/** Every outlet, for the "relayed from" picker. */
export const deskOutlets = endpoint<Items<DeskOutlet>>()({ method: "GET", path: "/api/v1/desk/outlets" });
