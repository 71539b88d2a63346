import { createSavedView, listSavedViews as endpoint } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { listSavedViews, saveView } from "@/server/worklists/saved-views";

export const GET = handle(endpoint, ({ query }) => listSavedViews(Object.fromEntries(query)));
export const POST = handle(createSavedView, async ({ body }) => saveView(await body(16 * 1024)));
