import { z } from "zod";
import { CLAIM_STANCES } from "@/lib/stance";
import { CLAIM_CERTAINTY } from "@/lib/calibration";
import { cleanString, DateInputSchema, DaySchema, IdSchema, LIMITS, requiredText, SpanFields, VersionField } from "./common";

const nullableId = z.union([IdSchema, z.null()]).optional();
const nullableDay = z.union([DaySchema, z.null()]).optional();
const stance = z.enum(CLAIM_STANCES, { error: "Choose a stance: asserts, hedges or denies." });
const certainty = z.enum(CLAIM_CERTAINTY, { error: `Choose a certainty tier: ${CLAIM_CERTAINTY.join(", ")}.` });
/** A resolution criterion: text, or null / "" to clear it. */
const criterion = (label: string) =>
  z
    .union([cleanString(label).trim().max(LIMITS.criterionChars, `${label} must be at most ${LIMITS.criterionChars} characters.`), z.null()])
    .optional()
    .transform((v) => (v === "" ? null : v));
/** What would count as confirmed and as refuted (issue 17). */
const CriteriaFields = { confirmedIf: criterion("“Confirmed if”"), refutedIf: criterion("“Refuted if”") };

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
  /** Defaults to the tier detected from the quote and attribution. */
  certainty: certainty.optional(),
  /** The new rumor's resolution criteria (ignored when joining a rumor). */
  ...CriteriaFields,
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
  certainty: certainty.optional(),
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
  ...CriteriaFields,
  /** When it happened (or was shown not to): a day or an ISO 8601 instant; null clears it. */
  outcomeAt: z.union([DateInputSchema, z.null()]).optional(),
  version: VersionField,
});

export type RumorUpdateInput = z.input<typeof RumorUpdateSchema>;

/** Makes an open rumor void (its event was cancelled or changed beyond recognition). */
export const RumorVoidSchema = z.object({
  reason: requiredText("The reason", LIMITS.voidReasonChars),
  version: VersionField.optional(),
});

/** Voids every open rumor of an event in one action. */
export const EventVoidSchema = z.object({ reason: requiredText("The reason", LIMITS.voidReasonChars) });

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
