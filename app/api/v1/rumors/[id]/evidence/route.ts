import { addRumorEvidence as endpoint } from "@/lib/contracts/api/rumors";
import { addRumorEvidence } from "@/server/claims/evidence";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => addRumorEvidence(params.id, await body()));
