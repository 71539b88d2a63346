import { z } from "zod";
import { DaySchema, IdSchema, LIMITS, requiredText, SpanFields } from "./common";

const nullableId = z.union([IdSchema, z.null()]).optional();
const nullableDay = z.union([DaySchema, z.null()]).optional();

export const ClaimCreateSchema = z.object({
  articleId: IdSchema,
  ...SpanFields,
  statement: requiredText("Statement", LIMITS.statementChars),
  attributedTo: requiredText("Attribution", LIMITS.attributionChars),
  eventId: nullableId,
  deadline: nullableDay,
});
export type ClaimCreateInput = z.input<typeof ClaimCreateSchema>;

export const ClaimUpdateSchema = z.object({
  statement: requiredText("Statement", LIMITS.statementChars).optional(),
  attributedTo: requiredText("Attribution", LIMITS.attributionChars).optional(),
  eventId: nullableId,
  deadline: nullableDay,
  /** The version the editor's form was based on. */
  version: z.number().int().min(1),
});
export type ClaimUpdateInput = z.input<typeof ClaimUpdateSchema>;
