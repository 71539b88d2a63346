// Webhooks (admins): configure, send a test, read the delivery log.
import { WebhookCreateSchema, WebhookPatchSchema } from "@/lib/schemas/webhook";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";
import type { DeliveryRow, WebhookCreated, WebhookRow } from "../webhooks";

export const listWebhooks = endpoint<Items<WebhookRow>>()({ method: "GET", path: "/api/v1/admin/webhooks" });
/** The signing secret is in the answer once and never again. */
export const createWebhook = endpoint<WebhookCreated>()({ method: "POST", path: "/api/v1/admin/webhooks", input: WebhookCreateSchema, status: 201 });
export const patchWebhook = endpoint<WebhookRow>()({ method: "PATCH", path: "/api/v1/admin/webhooks/[id]", input: WebhookPatchSchema });
export const deleteWebhook = endpoint<void>()({ method: "DELETE", path: "/api/v1/admin/webhooks/[id]", status: 204 });
/** Queues a `webhook.test` delivery and tries it at once; answers the delivery as it stands. */
export const testWebhook = endpoint<DeliveryRow>()({ method: "POST", path: "/api/v1/admin/webhooks/[id]/test", status: 201 });
/** The latest deliveries, newest first. */
export const listDeliveries = endpoint<Items<DeliveryRow>>()({ method: "GET", path: "/api/v1/admin/webhooks/[id]/deliveries" });
