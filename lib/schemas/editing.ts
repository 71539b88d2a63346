import { z } from "zod";
import { ArticleInputSchema } from "./article";
import { cleanString, LIMITS, requiredText, SpanFields, VersionField, VersionSchema } from "./common";
import { EventInputSchema } from "./event";
import { EvidenceRemoveSchema } from "./evidence";

/** New boundaries for a claim's or an evidence's quote, checked against the stored article text. */
export const QuoteEditSchema = z.object({ ...SpanFields, version: VersionField });

/** An article's metadata, sent whole; `version` is the article's (409 when stale). */
export const ArticleUpdateSchema = z.object({
  title: requiredText("Title", LIMITS.titleChars),
  outlet: ArticleInputSchema.shape.outlet,
  url: ArticleInputSchema.shape.url,
  publishedAt: ArticleInputSchema.shape.publishedAt,
  version: VersionField,
});
export type ArticleUpdateInput = z.input<typeof ArticleUpdateSchema>;

/** Deleting an article: its `version` arrives in the query string, like evidence removal. */
export const ArticleDeleteSchema = EvidenceRemoveSchema;

/** Marks an article read with nothing checkable in it (or not any more), with its `version`. */
export const ArticleDoneSchema = z.object({ done: z.boolean({ error: "done must be true or false." }), version: VersionField });

export const EventUpdateSchema = EventInputSchema.extend({ version: VersionField });
export type EventUpdateInput = z.input<typeof EventUpdateSchema>;

export const EventArchiveSchema = VersionSchema;

/** How long after a deletion any editor may undo it; admins may restore later from the audit log (ADR 0031). */
export const UNDO_WINDOW_MS = 10 * 60_000;

/** The admins' page of deleted articles: keyset pages, newest deletion first. */
export const DeletedArticleListSchema = z.object({
  cursor: cleanString("The cursor").max(300).optional(),
  limit: z.coerce.number({ error: "Use a number of rows." }).int().min(1, "At least 1 row.").max(100, "At most 100 rows a page.").optional(),
});

/** That page's input from its URL (the cursor only), built alike on the server and in the browser so their query keys match. */
export function deletedListInput(cursor: string | string[] | null | undefined): { cursor?: string } {
  const c = Array.isArray(cursor) ? cursor[0] : cursor;
  return c ? { cursor: c } : {};
}
