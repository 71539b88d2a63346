import { claimMatches } from "@/lib/contracts/api/matches";
import { handle } from "@/server/http/handle";
import { matchClaim } from "@/server/suggest/matches";

export const GET = handle(claimMatches, async ({ params, query }) => ({ items: await matchClaim(params.id, { limit: query.get("limit") ?? undefined }) }));
