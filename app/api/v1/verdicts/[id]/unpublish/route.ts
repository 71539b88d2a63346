import { unpublishVerdict } from "@/lib/contracts/api/claims";
import { setVerdictPublished } from "@/server/claims/verdicts";
import { handle } from "@/server/http/handle";

export const POST = handle(unpublishVerdict, async ({ params, body }) => setVerdictPublished(params.id, await body(), false));
