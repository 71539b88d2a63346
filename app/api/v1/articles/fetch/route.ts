import { fetchArticle as fetchEndpoint } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { fetchArticlePreview } from "@/server/sources/fetch-article";

export const POST = handle(fetchEndpoint, async ({ body }) => fetchArticlePreview(await body()));
