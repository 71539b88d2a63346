import { dismissFeedItems } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { dismissItems } from "@/server/feeds/inbox";

export const POST = handle(dismissFeedItems, async ({ body }) => dismissItems(await body()));
