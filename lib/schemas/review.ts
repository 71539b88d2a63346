import { z } from "zod";
import { RATINGS } from "@/lib/verdicts";
import { IdSchema, LIMITS, optionalText, requiredText, VersionField } from "./common";

// Review before publish and assignment (ADR 0028). Every review step carries
// the rumor version the editor saw, like publishing does.

const rationale = requiredText("Rationale", LIMITS.rationaleChars).refine((v) => v.length >= 10, "Explain the verdict in a sentence or more.");

/** The author sends a draft (or a verdict that came back) for review, optionally revised. */
export const ReviewRequestSchema = z.object({
  version: VersionField,
  rating: z.enum(RATINGS, { error: "Choose a rating." }).optional(),
  rationale: rationale.optional(),
});

export const ApproveSchema = z.object({ version: VersionField, comment: optionalText("The comment", LIMITS.noteChars) });

export const RequestChangesSchema = z.object({ version: VersionField, comment: requiredText("The comment", LIMITS.noteChars) });

/** An admin publishing without review says why; the reason is kept in the audit log and the review thread. */
export const PublishReasonField = optionalText("The reason", LIMITS.noteChars);

/** `assigneeId` null unassigns. */
export const AssignSchema = z.object({ assigneeId: IdSchema.nullable() });

export const NewsroomSettingsSchema = z.object({ reviewBeforePublish: z.boolean({ error: "Say whether verdicts need a review." }) });
