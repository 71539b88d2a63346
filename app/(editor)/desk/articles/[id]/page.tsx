import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ArticleWorkbench } from "@/components/editor/article/article-workbench";
import { keys } from "@/lib/query/keys";
import { desk } from "@/server/desk";
import { prefetchDesk } from "@/server/prefetch";

export const metadata: Metadata = { title: "Article" };

export default async function DeskArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const state = await prefetchDesk([
    { queryKey: keys.article(id), queryFn: () => desk.article(id) },
    { queryKey: keys.events(), queryFn: () => desk.events() },
    { queryKey: keys.claimable(id), queryFn: () => desk.claimable(id) },
  ]);
  return (
    <HydrationBoundary state={state}>
      <ArticleWorkbench id={id} />
    </HydrationBoundary>
  );
}
