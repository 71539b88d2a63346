import { deleteWebhook as deleteEndpoint, patchWebhook as patchEndpoint } from "@/lib/contracts/api/webhooks";
import { handle } from "@/server/http/handle";
import { deleteWebhook, updateWebhook } from "@/server/webhooks/config";

export const PATCH = handle(patchEndpoint, async ({ params, body }) => updateWebhook(params.id, await body(8 * 1024)));
export const DELETE = handle(deleteEndpoint, async ({ params }) => deleteWebhook(params.id));
