import { approveVerdict as approveEndpoint } from "@/lib/contracts/api/workflow";
import { approveVerdict } from "@/server/claims/review";
import { handle } from "@/server/http/handle";

export const POST = handle(approveEndpoint, async ({ params, body }) => approveVerdict(params.id, await body()));
