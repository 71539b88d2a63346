import { updateEvent as endpoint } from "@/lib/contracts/api/articles";
import { dayOf } from "@/lib/dates";
import { updateEvent } from "@/server/articles/events";
import { handle } from "@/server/http/handle";

export const PATCH = handle(endpoint, async ({ params, body }) => {
  const event = await updateEvent(params.id, await body());
  return { ...event, date: dayOf(event.date) };
});
