import { createArticleNote, listArticleNotes } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { createNote, listNotes } from "@/server/notes/notes";

/** The article's internal notes (editors only). */
export const GET = handle(listArticleNotes, async ({ params }) => ({ items: await listNotes({ articleId: params.id }) }));

export const POST = handle(createArticleNote, async ({ params, body }) => createNote({ articleId: params.id }, await body(32 * 1024)));
