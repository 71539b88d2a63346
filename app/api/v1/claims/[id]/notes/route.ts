import { createClaimNote, listClaimNotes } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { createNote, listNotes } from "@/server/notes/notes";

/** The claim's internal notes (editors only; never on reader pages). */
export const GET = handle(listClaimNotes, async ({ params }) => ({ items: await listNotes({ claimId: params.id }) }));

export const POST = handle(createClaimNote, async ({ params, body }) => createNote({ claimId: params.id }, await body(32 * 1024)));
