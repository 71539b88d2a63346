import { testWebhook as endpoint } from "@/lib/contracts/api/webhooks";
import { handle } from "@/server/http/handle";
import { sendTest } from "@/server/webhooks/config";

export const POST = handle(endpoint, async ({ params }) => sendTest(params.id));
