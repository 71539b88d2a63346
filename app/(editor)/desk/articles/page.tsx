import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/editor/worklists/article-list";
import { deskArticleList } from "@/lib/contracts/api/desk-lists";
import { listInput } from "@/lib/schemas/desk-list";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";
import { listDeskArticles } from "@/server/worklists/article-list";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function DeskArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const input = listInput("articles", await searchParams);
  const state = await prefetchDesk([serverQuery(deskArticleList, { input }, () => listDeskArticles(input))]).catch(() => undefined);
  return (
    <div>
      <div className="spread">
        <h1>Articles</h1>
        <Link href="/desk/articles/new" className="button">
          Add articles
        </Link>
      </div>
      <HydrationBoundary state={state}>
        <ArticleList />
      </HydrationBoundary>
    </div>
  );
}
