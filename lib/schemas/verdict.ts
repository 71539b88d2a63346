import { z } from "zod";
import { RATINGS } from "@/lib/verdicts";
import { LIMITS, requiredText, VersionField } from "./common";
import { PublishReasonField } from "./review";

export const VerdictCreateSchema = z.object({
  rating: z.enum(RATINGS, { error: "Choose a rating." }),
  rationale: requiredText("Rationale", LIMITS.rationaleChars).refine((v) => v.length >= 10, "Explain the verdict in a sentence or more."),
  /** The claim version the editor saw. */
  version: VersionField,
  /** Publish at once; otherwise the verdict is a draft readers do not see. */
  publish: z.boolean().default(false),
  /** Record it and send it for review at once (ADR 0028). */
  requestReview: z.boolean().optional(),
  /** An admin publishing without review says why (when review before publish is on). */
  reason: PublishReasonField,
});

/**
 * Publishing or unpublishing a verdict carries its claim's version too; `reason`: an admin publishing without review;
 * `approve`: a reviewer approves the verdict in review and publishes it in one step (ADR 0028).
 */
export const VerdictPublishSchema = z.object({
  version: VersionField,
  reason: PublishReasonField,
  approve: z.boolean({ error: "approve must be true or false." }).optional(),
});
export type VerdictCreateInput = z.input<typeof VerdictCreateSchema>;
