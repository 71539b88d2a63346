import { createWebhook as createEndpoint, listWebhooks as listEndpoint } from "@/lib/contracts/api/webhooks";
import { handle } from "@/server/http/handle";
import { createWebhook, listWebhooks } from "@/server/webhooks/config";

export const GET = handle(listEndpoint, async () => ({ items: await listWebhooks() }));

/** The signing secret is in the answer once and never again. */
export const POST = handle(createEndpoint, async ({ body }) => createWebhook(await body(8 * 1024)));
