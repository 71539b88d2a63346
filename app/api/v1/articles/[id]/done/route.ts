import { markArticleDone as endpoint } from "@/lib/contracts/api/articles";
import { setArticleDone } from "@/server/articles/article-edits";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params, body }) => setArticleDone(params.id, await body()));
