import { z } from "zod";
import { DaySchema, optionalText, requiredText } from "./common";

export const EventInputSchema = z.object({
  name: requiredText("Name", 200),
  slug: z
    .string()
    .trim()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  date: DaySchema,
  timeZone: optionalText("Time zone", 64).refine((tz) => {
    if (!tz) return true;
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone (use an IANA name such as Europe/Paris)."),
  place: optionalText("Place", 200),
  description: optionalText("Description", 2_000),
});
export type EventInput = z.input<typeof EventInputSchema>;
