// What the desk's claim and article lists, saved views and bulk actions
// answer (issue 14). Dates are ISO strings.
import type { RatingOrPending } from "@/lib/verdicts";
import type { BulkActionName, ListName } from "@/lib/schemas/desk-list";

/** Who works on a claim or an article (ADR 0028); null: nobody. */
type ListAssignee = { id: string; name: string } | null;

export type DeskClaimRow = {
  id: string;
  statement: string;
  attributedTo: string;
  createdAt: string;
  publishedAt: string | null;
  flaggedAt: string | null;
  rating: RatingOrPending;
  /** The rumor's version: what a single write on this claim carries. */
  version: number;
  rumorId: string;
  deadline: string | null;
  /** No published verdict and the deadline (or, without one, the event day) has passed. */
  overdue: boolean;
  event: { id: string; name: string; slug: string } | null;
  outlet: { name: string; slug: string };
  article: { id: string; title: string; publishedAt: string };
  evidenceCount: number;
  assignee: ListAssignee;
};

export type DeskArticleRow = {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string;
  importedAt: string;
  outlet: { name: string; slug: string };
  claimCount: number;
  evidenceCount: number;
  assignee: ListAssignee;
};

/** One page of a list; `nextCursor` null on the last. `searchCapped`: the search reached its limit of matches. */
export type DeskListPage<T> = { items: T[]; nextCursor: string | null; searchCapped: boolean };

export type SavedView = { id: string; list: ListName; name: string; query: string; createdAt: string };

export type BulkItemResult = { claimId: string; outcome: "ok" | "refused"; reason?: string };
/** Every claim asked for, in the order asked, with what happened to it; the applied ones committed together. */
export type BulkReport = { action: BulkActionName; ok: number; refused: number; items: BulkItemResult[] };
