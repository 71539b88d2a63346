import { requestVerdictChanges } from "@/lib/contracts/api/workflow";
import { requestChanges } from "@/server/claims/review";
import { handle } from "@/server/http/handle";

export const POST = handle(requestVerdictChanges, async ({ params, body }) => requestChanges(params.id, await body()));
