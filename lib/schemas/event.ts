import { z } from "zod";
import { isIanaTimeZone } from "@/lib/dates";
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
  // The event's own clock decides what is pre-event (lib/dates.ts#isPreEvent): an IANA name, UTC when left out.
  timeZone: optionalText("Time zone", 64).refine(
    (tz) => !tz || isIanaTimeZone(tz),
    "Use an IANA time zone name such as Europe/Paris or America/Los_Angeles (abbreviations such as PST are ambiguous).",
  ),
  startTime: optionalText("Start time", 5).refine((t) => !t || /^([01]\d|2[0-3]):[0-5]\d$/.test(t), "Use a 24-hour time such as 20:00."),
  place: optionalText("Place", 200),
  description: optionalText("Description", 2_000),
});
export type EventInput = z.input<typeof EventInputSchema>;
