import { restoreArticle as endpoint } from "@/lib/contracts/api/articles";
import { restoreArticle } from "@/server/articles/article-edits";
import { handle } from "@/server/http/handle";

export const POST = handle(endpoint, async ({ params }) => restoreArticle(params.id));
