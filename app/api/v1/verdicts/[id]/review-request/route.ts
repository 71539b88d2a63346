import { requestVerdictReview } from "@/lib/contracts/api/workflow";
import { requestReview } from "@/server/claims/review";
import { handle } from "@/server/http/handle";

export const POST = handle(requestVerdictReview, async ({ params, body }) => requestReview(params.id, await body()));
