import { recordOverride as endpoint } from "@/lib/contracts/api/rumors";
import { recordOverride } from "@/server/claims/verdicts";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => recordOverride(params.id, await body()));
