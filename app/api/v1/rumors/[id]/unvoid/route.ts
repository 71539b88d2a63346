import { unvoidRumor as unvoidEndpoint } from "@/lib/contracts/api/rumors";
import { unvoidRumor } from "@/server/resolution/voids";
import { handle } from "@/server/http/handle";

export const POST = handle(unvoidEndpoint, async ({ params, body }) => unvoidRumor(params.id, await body()));
