import { claimCandidates } from "@/lib/contracts/api/suggest";
import { handle } from "@/server/http/handle";
import { listClaimCandidates } from "@/server/suggest/claim-candidates";

export const GET = handle(claimCandidates, async ({ params }) => ({ items: await listClaimCandidates(params.id) }));
