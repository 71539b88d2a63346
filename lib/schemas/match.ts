import { z } from "zod";
import { IdSchema } from "./common";

const MATCH_LIMIT_MAX = 20;

/** `GET /api/v1/claims/{id}/matches?limit=K`. */
export const MatchQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(MATCH_LIMIT_MAX, `limit must be at most ${MATCH_LIMIT_MAX}.`)
    .default(5),
});

/** A rumor the editor says this claim does not belong to: never offered again for it. */
export const MatchRejectSchema = z.object({ rumorId: IdSchema });
