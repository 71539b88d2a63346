import { assignArticle } from "@/lib/contracts/api/workflow";
import { handle } from "@/server/http/handle";
import { assign } from "@/server/workflow/assignment";

export const POST = handle(assignArticle, async ({ params, body }) => assign("article", params.id, await body()));
