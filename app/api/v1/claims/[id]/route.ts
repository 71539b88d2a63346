import { deleteClaim as deleteEndpoint, getClaim, updateClaim as updateEndpoint } from "@/lib/contracts/api/claims";
import { deleteClaim, updateClaim } from "@/server/claims/claims";
import { handle } from "@/server/http/handle";
import { getReaderClaim } from "@/server/reader/claims";

export const GET = handle(getClaim, ({ params }) => getReaderClaim(params.id));
export const PATCH = handle(updateEndpoint, async ({ params, body }) => updateClaim(params.id, await body()));
export const DELETE = handle(deleteEndpoint, async ({ params }) => void (await deleteClaim(params.id)));
