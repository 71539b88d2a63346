import { deleteArticle as deleteEndpoint, updateArticle as updateEndpoint } from "@/lib/contracts/api/articles";
import { deleteArticle, updateArticle } from "@/server/articles/article-edits";
import { handle } from "@/server/http/handle";

export const PATCH = handle(updateEndpoint, async ({ params, body }) => updateArticle(params.id, await body()));
export const DELETE = handle(deleteEndpoint, async ({ params, query }) => deleteArticle(params.id, { version: query.get("version") ?? undefined }));
