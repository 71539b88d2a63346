import { z } from "zod";

/** POST /api/v1/articles/fetch: the page to read. The server checks far more (server/sources/safe-fetch.ts). */
export const FetchUrlSchema = z.object({
  url: z
    .string({ error: "A web address is required." })
    .trim()
    .min(1, "A web address is required.")
    .max(2_000, "The address is too long.")
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), "The address must start with http:// or https://."),
});

/** POST /api/v1/feeds: an outlet's RSS or Atom feed. */
export const FeedCreateSchema = z.object({
  outletId: z.string({ error: "Choose the outlet." }).trim().min(1, "Choose the outlet.").max(64),
  url: FetchUrlSchema.shape.url,
});

/** POST /api/v1/feed-items/import and /dismiss: the inbox items to act on. */
export const FeedItemsSchema = z.object({
  ids: z.array(z.string().trim().min(1).max(64)).min(1, "Select at least one item.").max(50, "At most 50 items at once."),
});
