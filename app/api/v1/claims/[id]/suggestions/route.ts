import { suggestions } from "@/lib/contracts/api/suggest";
import { handle } from "@/server/http/handle";
import { suggestEvidence } from "@/server/suggest/suggestions";

export const GET = handle(suggestions, async ({ params, query }) => ({ items: await suggestEvidence(params.id, { limit: query.get("limit") ?? undefined }) }));
