import { publishClaim } from "@/lib/contracts/api/claims";
import { setClaimPublished } from "@/server/claims/claims";
import { handle } from "@/server/http/handle";

export const POST = handle(publishClaim, async ({ params, body }) => setClaimPublished(params.id, await body(), true));
