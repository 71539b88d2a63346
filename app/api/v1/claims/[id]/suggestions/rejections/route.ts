import { rejectSuggestion as endpoint } from "@/lib/contracts/api/suggest";
import { handle } from "@/server/http/handle";
import { rejectSuggestion } from "@/server/suggest/suggestions";

export const POST = handle(endpoint, async ({ params, body }) => rejectSuggestion(params.id, await body()));
