import { getRumor, updateRumor as updateEndpoint } from "@/lib/contracts/api/rumors";
import { updateRumor } from "@/server/claims/rumors";
import { handle } from "@/server/http/handle";
import { getPublicRumor } from "@/server/reader/rumors";

export const GET = handle(getRumor, ({ params }) => getPublicRumor(params.id));
export const PATCH = handle(updateEndpoint, async ({ params, body }) => updateRumor(params.id, await body()));
