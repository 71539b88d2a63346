import { deskArticleList } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { listDeskArticles } from "@/server/worklists/article-list";

export const GET = handle(deskArticleList, ({ query }) => listDeskArticles(Object.fromEntries(query)));
