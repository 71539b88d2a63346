import { z } from "zod";
import { RATINGS } from "@/lib/verdicts";
import { LIMITS, requiredText, VersionField, VersionSchema } from "./common";

export const VerdictCreateSchema = z.object({
  rating: z.enum(RATINGS, { error: "Choose a rating." }),
  rationale: requiredText("Rationale", LIMITS.rationaleChars).refine((v) => v.length >= 10, "Explain the verdict in a sentence or more."),
  /** The claim version the editor saw. */
  version: VersionField,
  /** Publish at once; otherwise the verdict is a draft readers do not see. */
  publish: z.boolean().default(false),
});

/** Publishing or unpublishing a verdict carries its claim's version too. */
export const VerdictPublishSchema = VersionSchema;
export type VerdictCreateInput = z.input<typeof VerdictCreateSchema>;
