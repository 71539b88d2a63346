import { moveClaim as endpoint } from "@/lib/contracts/api/rumors";
import { moveClaim } from "@/server/claims/rumors";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => moveClaim(params.id, await body()));
