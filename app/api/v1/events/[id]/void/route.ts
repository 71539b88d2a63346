import { voidEventRumors as voidEndpoint } from "@/lib/contracts/api/rumors";
import { voidEventRumors } from "@/server/resolution/voids";
import { handle } from "@/server/http/handle";

export const POST = handle(voidEndpoint, async ({ params, body }) => voidEventRumors(params.id, await body()));
