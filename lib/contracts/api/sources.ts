// Sources by URL (issue 15): fetch a page, archive it, and answer what it says.
import { FeedCreateSchema, FeedItemsSchema, FetchUrlSchema } from "@/lib/schemas/source";
import { endpoint } from "../endpoint";
import type { ArchivedCapture, CaptureOutcome, FeedImportResult, FetchedArticle, InboxItem, SourceFeed } from "../sources";

/** Nothing is created but the capture; a refused or unreadable page answers 422 with `details.reason` (and `details.captureId` when archived). */
export const fetchArticle = endpoint<FetchedArticle>()({ method: "POST", path: "/api/v1/articles/fetch", input: FetchUrlSchema, status: 200 });

/** "Check the page again now": a re-capture at an editor's request, judged like a scheduled one (a new version, the same, gone, moved…). */
export const recaptureArticle = endpoint<{ captureId: string; outcome: CaptureOutcome }>()({ method: "POST", path: "/api/v1/articles/[id]/recapture" });

/** Marks a stealth edit as reviewed: it leaves the work queue (the claim's notices stay). 409 when already reviewed. */
export const reviewQuoteEdit = endpoint<{ id: string; reviewedAt: string }>()({ method: "POST", path: "/api/v1/quote-edits/[id]/review" });

/** One archived capture as Hindsight stored it (desk). */
export const getCapture = endpoint<ArchivedCapture>()({ method: "GET", path: "/api/v1/captures/[id]" });

/** Every capture of an article as one WARC 1.1 file (gzipped records): a response record per fetch (desk). */
export const articleWarc = endpoint<never>()({ method: "GET", path: "/api/v1/articles/[id]/warc" });

/** The outlets' feeds with their last and next poll and last error (desk). */
export const listFeeds = endpoint<{ items: SourceFeed[] }>()({ method: "GET", path: "/api/v1/feeds" });

/** Follows an outlet's RSS or Atom feed: polled now, then every HINDSIGHT_FEED_POLL_EVERY. */
export const addFeed = endpoint<{ id: string }>()({ method: "POST", path: "/api/v1/feeds", input: FeedCreateSchema, status: 201 });

/** The inbox: new feed items, newest first (desk). */
export const listInbox = endpoint<{ items: InboxItem[] }>()({ method: "GET", path: "/api/v1/feed-items" });

/** Imports the selected items through fetch → archive → extract → save; one result per item (a failure leaves it in the inbox). */
export const importFeedItems = endpoint<{ results: FeedImportResult[] }>()({ method: "POST", path: "/api/v1/feed-items/import", input: FeedItemsSchema });

/** Dismisses the selected items. */
export const dismissFeedItems = endpoint<{ dismissed: number }>()({ method: "POST", path: "/api/v1/feed-items/dismiss", input: FeedItemsSchema });
