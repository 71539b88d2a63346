import { listDeletedArticles as endpoint } from "@/lib/contracts/api/articles";
import { listDeletedArticles } from "@/server/articles/deleted-articles";
import { handle } from "@/server/http/handle";

export const GET = handle(endpoint, ({ query }) => listDeletedArticles(Object.fromEntries(query)));
