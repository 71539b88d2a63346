import { removeEvidence as endpoint } from "@/lib/contracts/api/claims";
import { removeEvidence } from "@/server/claims/evidence";
import { handle } from "@/server/http/handle";

export const DELETE = handle(endpoint, async ({ params, query }) => void (await removeEvidence(params.id, { version: query.get("version") ?? undefined })));
