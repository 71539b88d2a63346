// Articles and events: the editor's sources and the events that split them
// into before (claims) and after (evidence).
import { z } from "zod";
import { ArticleInputSchema } from "@/lib/schemas/article";
import { PageSchema } from "@/lib/schemas/claim-filter";
import {
  ArticleDeleteSchema,
  ArticleDoneSchema,
  ArticleUpdateSchema,
  DeletedArticleListSchema,
  EventArchiveSchema,
  EventUpdateSchema,
} from "@/lib/schemas/editing";
import { EventInputSchema } from "@/lib/schemas/event";
import { endpoint } from "../endpoint";
import type { EventList, OutletList } from "../reader";
import type { ArticleDeleted, ArticleMeta, ArticleListItem, DeletedArticlePage, EventCreated, EventEdited, ImportOutcome, ImportReport } from "../writes";
import type { Items } from "../desk";

export const listArticles = endpoint<Items<ArticleListItem>>()({ method: "GET", path: "/api/v1/articles", input: z.object({ q: z.string().optional() }) });
/** One article as JSON; an article whose text is already stored answers 200 with the existing one. */
export const createArticle = endpoint<ImportOutcome>()({ method: "POST", path: "/api/v1/articles", input: ArticleInputSchema, status: 201 });
/**
 * A file as multipart/form-data or a JSON Lines body (docs/importing.md);
 * with `Accept: application/x-ndjson` progress events stream first.
 */
export const importArticles = endpoint<ImportReport>()({ method: "POST", path: "/api/v1/articles/import", status: 201 });

export const listEvents = endpoint<EventList>()({ method: "GET", path: "/api/v1/events", input: PageSchema });
export const createEvent = endpoint<EventCreated>()({ method: "POST", path: "/api/v1/events", input: EventInputSchema, status: 201 });

/** The leaderboard, best lower bound first. */
export const listOutlets = endpoint<OutletList>()({ method: "GET", path: "/api/v1/outlets", input: PageSchema });

/** Title, outlet, URL and date (sent whole, with the article's `version`); a date that breaks a quote's rule is refused with `details.problems`. */
export const updateArticle = endpoint<ArticleMeta>()({ method: "PATCH", path: "/api/v1/articles/[id]", input: ArticleUpdateSchema });
/** Only an article nothing quotes; undo with `restoreArticle` until `undoUntil` (admins: any time). */
export const deleteArticle = endpoint<ArticleDeleted>()({ method: "DELETE", path: "/api/v1/articles/[id]", input: ArticleDeleteSchema });
/** Marks the article done with nothing checkable in it (it leaves the work queue), or not done again. */
export const markArticleDone = endpoint<ArticleMeta & { doneAt: string | null }>()({
  method: "POST",
  path: "/api/v1/articles/[id]/done",
  input: ArticleDoneSchema,
});
export const restoreArticle = endpoint<ArticleMeta>()({ method: "POST", path: "/api/v1/articles/[id]/restore" });
/** Admins: the articles deleted and not restored, newest deletion first, to restore after the undo window. */
export const listDeletedArticles = endpoint<DeletedArticlePage>()({ method: "GET", path: "/api/v1/admin/deleted-articles", input: DeletedArticleListSchema });

export const updateEvent = endpoint<EventEdited>()({ method: "PATCH", path: "/api/v1/events/[id]", input: EventUpdateSchema });
export const archiveEvent = endpoint<EventEdited>()({ method: "POST", path: "/api/v1/events/[id]/archive", input: EventArchiveSchema });
export const unarchiveEvent = endpoint<EventEdited>()({ method: "POST", path: "/api/v1/events/[id]/unarchive", input: EventArchiveSchema });
