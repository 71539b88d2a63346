import { linkClaims as endpoint } from "@/lib/contracts/api/rumors";
import { linkClaims } from "@/server/claims/rumors";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ body }) => linkClaims(await body(64 * 1024)));
