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
