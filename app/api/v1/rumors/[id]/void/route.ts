import { voidRumor as voidEndpoint } from "@/lib/contracts/api/rumors";
import { voidRumor } from "@/server/resolution/voids";
import { handle } from "@/server/http/handle";

export const POST = handle(voidEndpoint, async ({ params, body }) => voidRumor(params.id, await body()));
