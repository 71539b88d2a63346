import { z } from "zod";
import { RATINGS } from "@/lib/verdicts";
import { LIMITS, requiredText } from "./common";

export const VerdictCreateSchema = z.object({
  rating: z.enum(RATINGS, { error: "Choose a rating." }),
  rationale: requiredText("Rationale", LIMITS.rationaleChars).refine(
    (v) => v.length >= 10,
    "Explain the verdict in a sentence or more.",
  ),
});
export type VerdictCreateInput = z.input<typeof VerdictCreateSchema>;
