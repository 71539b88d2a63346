import { z } from "zod";
import { parseDateInput, parseDay } from "@/lib/dates";
import { hasVisibleCharacter, textProblem } from "@/lib/unicode";

export const LIMITS = {
  articleChars: 200_000,
  statementChars: 300,
  attributionChars: 120,
  rationaleChars: 4_000,
  noteChars: 1_000,
  titleChars: 300,
  criterionChars: 500,
  voidReasonChars: 500,
  uploadBytes: 5 * 1024 * 1024,
  /** Room for the multipart boundaries and the small metadata fields beside an uploaded file. */
  multipartSlackBytes: 64 * 1024,
} as const;

/** The claim version a write was based on; a stale one is refused with 409. */
export const VersionField = z.number({ error: "The version this change is based on is required." }).int().min(1).max(2_147_483_647);
export const VersionSchema = z.object({ version: VersionField });

/**
 * A string stored exactly as sent, or refused with a message naming the
 * field: well-formed Unicode without control characters but tabs and line
 * breaks (lib/unicode.ts). Every text field starts from this.
 */
export const cleanString = (label: string, error?: string) =>
  z.string(error ? { error } : undefined).superRefine((value, ctx) => {
    const problem = textProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
  });

export const IdSchema = cleanString("The id").trim().min(1, "Required.").max(64);

export const requiredText = (label: string, max: number) =>
  cleanString(label, `${label} is required.`)
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((v) => v === "" || hasVisibleCharacter(v), `${label} has no visible characters.`);

export const optionalText = (label: string, max: number) =>
  cleanString(label)
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const DaySchema = z
  .string({ error: "A date is required." })
  .trim()
  .min(1, "A date is required.")
  .refine((v) => parseDay(v) !== null, "Use a real calendar date as YYYY-MM-DD.");

export const DateInputSchema = z
  .string({ error: "A date is required." })
  .trim()
  .min(1, "A date is required.")
  .refine((v) => parseDateInput(v) !== null, "Use a date as YYYY-MM-DD or an ISO 8601 timestamp.")
  .refine((v) => {
    const year = parseDateInput(v)?.getUTCFullYear() ?? 0;
    return year >= 1900 && year <= 2200;
  }, "The date must fall between the years 1900 and 2200.");

export const OptionalUrlSchema = cleanString("The URL")
  .trim()
  .max(2_000, "The URL is too long.")
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), "The URL must start with http:// or https://.");

export const SpanFields = {
  start: z.number({ error: "Start must be a number." }).int().min(0),
  end: z.number({ error: "End must be a number." }).int().min(0),
  /** The text the client believes it selected; checked against the stored article. */
  quote: cleanString("The quote").max(LIMITS.articleChars).optional(),
};
