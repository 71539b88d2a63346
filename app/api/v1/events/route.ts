import { createEvent as createEndpoint, listEvents } from "@/lib/contracts/api/articles";
import { dayOf } from "@/lib/dates";
import { createEvent } from "@/server/articles/events";
import { handle } from "@/server/http/handle";
import { publicEvents } from "@/server/reader/public-lists";

export const GET = handle(listEvents, ({ query }) => publicEvents(query));

export const POST = handle(createEndpoint, async ({ body }) => {
  const event = await createEvent(await body());
  return { ...event, date: dayOf(event.date) };
});
