import { z } from "zod";
import { ArticleInputSchema } from "./article";
import { LIMITS, requiredText, SpanFields, VersionField, VersionSchema } from "./common";
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
