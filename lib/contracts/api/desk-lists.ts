// The desk's lists, saved views and bulk actions (issue 14; signed-in editors only).
import { ArticleListSchema, BulkActionSchema, ClaimListSchema, SavedViewCreateSchema, SavedViewListSchema } from "@/lib/schemas/desk-list";
import type { BulkReport, DeskArticleRow, DeskClaimRow, DeskListPage, SavedView } from "../desk-lists";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";

/** Every claim (drafts too), searched, filtered, sorted and paged (keyset cursor). */
export const deskClaimList = endpoint<DeskListPage<DeskClaimRow>>()({ method: "GET", path: "/api/v1/desk/claims", input: ClaimListSchema });
export const deskArticleList = endpoint<DeskListPage<DeskArticleRow>>()({ method: "GET", path: "/api/v1/desk/articles", input: ArticleListSchema });

/** The signed-in editor's own saved views. */
export const listSavedViews = endpoint<Items<SavedView>>()({ method: "GET", path: "/api/v1/desk/views", input: SavedViewListSchema });
export const createSavedView = endpoint<SavedView>()({ method: "POST", path: "/api/v1/desk/views", input: SavedViewCreateSchema, status: 201 });
export const deleteSavedView = endpoint<void>()({ method: "DELETE", path: "/api/v1/desk/views/[id]", status: 204 });

/** One action on many claims in one transaction, with a per-claim report. */
export const bulkClaims = endpoint<BulkReport>()({ method: "POST", path: "/api/v1/claims/bulk", input: BulkActionSchema });
