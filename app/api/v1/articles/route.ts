import { createArticle as createEndpoint, listArticles as listEndpoint } from "@/lib/contracts/api/articles";
import { LIMITS } from "@/lib/schemas/common";
import { createArticle } from "@/server/articles/articles";
import { listArticleItems } from "@/server/articles/reads";
import { handle, reply } from "@/server/http/handle";

export const GET = handle(listEndpoint, async ({ query }) => ({ items: await listArticleItems(query.get("q") ?? undefined) }));

export const POST = handle(createEndpoint, async ({ body }) => {
  // A 200k-character article can take several bytes per character.
  const outcome = await createArticle(await body(LIMITS.uploadBytes));
  return reply(createEndpoint, outcome, outcome.status === "created" ? 201 : 200);
});
