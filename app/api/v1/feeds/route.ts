import { addFeed as addEndpoint, listFeeds as listEndpoint } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { addFeed, listFeeds } from "@/server/feeds/inbox";

export const GET = handle(listEndpoint, async () => ({ items: await listFeeds() }));
export const POST = handle(addEndpoint, async ({ body }) => addFeed(await body()));
