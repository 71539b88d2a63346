import { rejectMatch as endpoint } from "@/lib/contracts/api/matches";
import { handle } from "@/server/http/handle";
import { rejectMatch } from "@/server/suggest/matches";

export const POST = handle(endpoint, async ({ params, body }) => rejectMatch(params.id, await body()));
