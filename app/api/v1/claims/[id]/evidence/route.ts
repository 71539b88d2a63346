import { addEvidence as endpoint } from "@/lib/contracts/api/claims";
import { addEvidence } from "@/server/claims/evidence";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => addEvidence(params.id, await body()));
