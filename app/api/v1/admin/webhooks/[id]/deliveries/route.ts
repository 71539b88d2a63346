import { listDeliveries as endpoint } from "@/lib/contracts/api/webhooks";
import { handle } from "@/server/http/handle";
import { listDeliveries } from "@/server/webhooks/config";

export const GET = handle(endpoint, async ({ params }) => ({ items: await listDeliveries(params.id) }));
