import { z } from "zod";
import { IdSchema } from "./common";

const SUGGESTION_LIMIT_MAX = 50;

export const SuggestionQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(SUGGESTION_LIMIT_MAX, `limit must be at most ${SUGGESTION_LIMIT_MAX}.`)
    .default(10),
});

/** A suggested passage the editor turns down for a claim. */
export const SuggestionRejectSchema = z.object({
  articleId: IdSchema,
  start: z.number({ error: "Start must be a number." }).int().min(0),
  end: z.number({ error: "End must be a number." }).int().min(1),
});
