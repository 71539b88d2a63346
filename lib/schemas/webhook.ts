import { z } from "zod";
import { WEBHOOK_EVENTS } from "@/lib/contracts/webhooks";
import { cleanString, VersionField } from "./common";

function isWebAddress(value: string) {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const UrlField = cleanString("The address")
  .trim()
  .min(1, "The address is required.")
  .max(2000, "The address must be at most 2000 characters.")
  .refine(isWebAddress, "Give an http(s) address, e.g. https://example.org/hooks/hindsight.");

const EventsField = z
  .array(z.enum(WEBHOOK_EVENTS, { error: "Unknown event type." }), { error: "Choose at least one event." })
  .min(1, "Choose at least one event.")
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

const DescriptionField = cleanString("The description").trim().max(200, "The description must be at most 200 characters.");

export const WebhookCreateSchema = z.object({ url: UrlField, description: DescriptionField.default(""), events: EventsField });
export const WebhookPatchSchema = z.object({
  url: UrlField.optional(),
  description: DescriptionField.optional(),
  events: EventsField.optional(),
  active: z.boolean().optional(),
  version: VersionField,
});
