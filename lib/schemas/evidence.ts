import { z } from "zod";
import { STANCES } from "@/lib/verdicts";
import { cleanString, IdSchema, LIMITS, optionalText, SpanFields, VersionField } from "./common";

export const EvidenceCreateSchema = z.object({
  articleId: IdSchema,
  ...SpanFields,
  stance: z.enum(STANCES, { error: "Choose a stance: supports, contradicts or mentions." }),
  note: optionalText("Note", LIMITS.noteChars),
  /** The claim version this was based on; optional, since adding evidence overwrites nothing. */
  version: VersionField.optional(),
});
export type EvidenceCreateInput = z.input<typeof EvidenceCreateSchema>;

/** The desk's form also picks the claim, which the API takes from the URL. */
export const EvidenceFormSchema = EvidenceCreateSchema.extend({
  claimId: cleanString("The claim", "Choose the claim this passage is evidence for.").min(1, "Choose the claim this passage is evidence for."),
});

/** Removing evidence: `version` (the claim's) makes the removal refuse a stale view with 409. It arrives in the query string. */
export const EvidenceRemoveSchema = z.object({
  version: z.coerce
    .number({ error: "Must be a positive whole number." })
    .int("Must be a positive whole number.")
    .min(1, "Must be a positive whole number.")
    .max(2_147_483_647, "Must be a positive whole number.")
    .optional(),
});
