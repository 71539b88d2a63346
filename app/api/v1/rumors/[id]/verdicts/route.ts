import { recordRumorVerdict as endpoint } from "@/lib/contracts/api/rumors";
import { recordRumorVerdict } from "@/server/claims/verdicts";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => recordRumorVerdict(params.id, await body()));
