import { z } from "zod";
import { parseDateInput, parseDay } from "@/lib/dates";
import { slugify } from "@/lib/text";
import { cleanString, DateInputSchema, LIMITS, OptionalUrlSchema, optionalText, requiredText } from "./common";

/**
 * How far past the server's clock a publication time may lie: clocks and
 * feeds disagree by a little, never by much. A bare day may be today
 * anywhere on Earth, up to UTC+14 (docs/importing.md).
 */
export const PUBLISHED_AT_CLOCK_SKEW_MS = 5 * 60_000;
const EARLIEST_DAY_START_MS = 14 * 3_600_000;

/** Whether a publication date (a valid `DateInputSchema` value) lies beyond the allowance. */
function publishedInFuture(value: string, now = Date.now()): boolean {
  const date = parseDateInput(value);
  if (!date) return false;
  const allowance = PUBLISHED_AT_CLOCK_SKEW_MS + (parseDay(value) ? EARLIEST_DAY_START_MS : 0);
  return date.getTime() > now + allowance;
}

export const ArticleInputSchema = z.object({
  // Outlets are matched by slug (server/articles/outlets.ts), which keeps only a–z and 0–9.
  outlet: requiredText("Outlet", 120).refine((v) => v === "" || slugify(v) !== "", "The outlet name needs at least one Latin letter or digit (A–Z, 0–9)."),
  outletDomain: optionalText("Outlet domain", 200),
  title: optionalText("Title", LIMITS.titleChars),
  byline: optionalText("Byline", 200),
  url: OptionalUrlSchema,
  // The archived fetch this text was read from ("Add by URL"); linked to the article on save.
  captureId: z.string().trim().max(64).optional(),
  publishedAt: DateInputSchema.refine((v) => !publishedInFuture(v), "The publication date is in the future; use the day the article came out."),
  text: cleanString("The article text", "The article text is required.")
    .max(LIMITS.articleChars, `The article text must be at most ${LIMITS.articleChars.toLocaleString("en")} characters.`)
    .refine((v) => v.trim().length > 0, "The article text is empty."),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ArticleData = z.output<typeof ArticleInputSchema>;
