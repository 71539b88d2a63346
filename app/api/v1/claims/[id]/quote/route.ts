import { editClaimQuote as endpoint } from "@/lib/contracts/api/claims";
import { editClaimQuote } from "@/server/claims/quote-edits";
import { handle } from "@/server/http/handle";

export const PATCH = handle(endpoint, async ({ params, body }) => editClaimQuote(params.id, await body()));
