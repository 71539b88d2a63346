import { assignClaim } from "@/lib/contracts/api/workflow";
import { handle } from "@/server/http/handle";
import { assign } from "@/server/workflow/assignment";

export const POST = handle(assignClaim, async ({ params, body }) => assign("claim", params.id, await body()));
