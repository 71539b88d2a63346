import { importFeedItems } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { importItems } from "@/server/feeds/inbox";

export const POST = handle(importFeedItems, async ({ body }) => ({ results: await importItems(await body()) }));
