import { mergeRumor } from "@/lib/contracts/api/rumors";
import { mergeRumors } from "@/server/claims/rumors";
import { handle } from "@/server/http/handle";

export const POST = handle(mergeRumor, async ({ params, body }) => mergeRumors(params.id, await body()));
