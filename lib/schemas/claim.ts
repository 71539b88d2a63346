import { z } from "zod";
import { CLAIM_STANCES } from "@/lib/stance";
import { DaySchema, IdSchema, LIMITS, requiredText, SpanFields, VersionField } from "./common";

const nullableId = z.union([IdSchema, z.null()]).optional();
const nullableDay = z.union([DaySchema, z.null()]).optional();
const stance = z.enum(CLAIM_STANCES, { error: "Choose a stance: asserts, hedges or denies." });

/**
 * A new claim. With `rumorId` it joins that rumor (its event and deadline
 * are the rumor's); without, it starts a rumor of its own from `statement`,
 * `eventId` and `deadline`. `stance` defaults to the hint read from the quote.
 */
export const ClaimCreateSchema = z.object({
  articleId: IdSchema,
  ...SpanFields,
  statement: requiredText("Statement", LIMITS.statementChars),
  attributedTo: requiredText("Attribution", LIMITS.attributionChars),
  eventId: nullableId,
  deadline: nullableDay,
  rumorId: IdSchema.optional(),
  stance: stance.optional(),
  relayedFromId: nullableId,
  /** The rumor's version, when joining one. */
  version: VersionField.optional(),
});
export type ClaimCreateInput = z.input<typeof ClaimCreateSchema>;

export const ClaimUpdateSchema = z.object({
  statement: requiredText("Statement", LIMITS.statementChars).optional(),
  attributedTo: requiredText("Attribution", LIMITS.attributionChars).optional(),
  /** The rumor's event and deadline (they apply to every claim of the rumor). */
  eventId: nullableId,
  deadline: nullableDay,
  stance: stance.optional(),
  relayedFromId: nullableId,
  /** The rumor version the editor's form was based on. */
  version: z.number().int().min(1),
});
export type ClaimUpdateInput = z.input<typeof ClaimUpdateSchema>;

/** Moves a claim into another rumor (or, without `rumorId`, into a new rumor of its own). */
export const ClaimMoveSchema = z.object({
  rumorId: IdSchema.optional(),
  /** The version of the claim's current rumor, as the editor saw it. */
  version: VersionField.optional(),
});

export const RumorUpdateSchema = z.object({
  statement: requiredText("Statement", LIMITS.statementChars).optional(),
  eventId: nullableId,
  deadline: nullableDay,
  version: VersionField,
});

/** Merges this rumor into another: its claims, evidence and verdicts move there, and it disappears. */
export const RumorMergeSchema = z.object({
  intoRumorId: IdSchema,
  version: VersionField.optional(),
});

/** Many claims into one rumor at once (the desk's bulk link). */
export const ClaimLinkManySchema = z.object({
  rumorId: IdSchema,
  claimIds: z.array(IdSchema).min(1, "Choose at least one claim.").max(200, "At most 200 claims at once."),
});
