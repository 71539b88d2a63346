import { deleteNote as deleteNoteContract, updateNote as updateNoteContract } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { deleteNote, updateNote } from "@/server/notes/notes";

/** The author's own note only. */
export const PATCH = handle(updateNoteContract, async ({ params, body }) => updateNote(params.id, await body(32 * 1024)));

export const DELETE = handle(deleteNoteContract, async ({ params }) => deleteNote(params.id));
