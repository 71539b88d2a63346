import { recordVerdict as endpoint } from "@/lib/contracts/api/claims";
import { recordVerdict } from "@/server/claims/verdicts";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => recordVerdict(params.id, await body()));
