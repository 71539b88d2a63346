import { unarchiveEvent as endpoint } from "@/lib/contracts/api/articles";
import { dayOf } from "@/lib/dates";
import { setEventArchived } from "@/server/articles/events";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => {
  const event = await setEventArchived(params.id, await body(), false);
  return { ...event, date: dayOf(event.date) };
});
