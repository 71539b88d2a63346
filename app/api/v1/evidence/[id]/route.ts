import { editEvidenceQuote as editEndpoint, removeEvidence as endpoint } from "@/lib/contracts/api/claims";
import { removeEvidence } from "@/server/claims/evidence";
import { editEvidenceQuote } from "@/server/claims/quote-edits";
import { handle } from "@/server/http/handle";

export const DELETE = handle(endpoint, async ({ params, query }) => void (await removeEvidence(params.id, { version: query.get("version") ?? undefined })));
export const PATCH = handle(editEndpoint, async ({ params, body }) => editEvidenceQuote(params.id, await body()));
