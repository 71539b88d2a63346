import { z } from "zod";
import { slugify } from "@/lib/text";
import { DateInputSchema, LIMITS, OptionalUrlSchema, optionalText, requiredText } from "./common";

export const ArticleInputSchema = z.object({
  // Outlets are matched by slug (server/articles/outlets.ts), which keeps only a–z and 0–9.
  outlet: requiredText("Outlet", 120).refine((v) => v === "" || slugify(v) !== "", "The outlet name needs at least one Latin letter or digit (A–Z, 0–9)."),
  outletDomain: optionalText("Outlet domain", 200),
  title: optionalText("Title", LIMITS.titleChars),
  url: OptionalUrlSchema,
  // The archived fetch this text was read from ("Add by URL"); linked to the article on save.
  captureId: z.string().trim().max(64).optional(),
  publishedAt: DateInputSchema,
  text: z
    .string({ error: "The article text is required." })
    .max(LIMITS.articleChars, `The article text must be at most ${LIMITS.articleChars.toLocaleString("en")} characters.`)
    .refine((v) => v.trim().length > 0, "The article text is empty."),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ArticleData = z.output<typeof ArticleInputSchema>;
