import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ArticleWorkbench } from "@/components/editor/article/article-workbench";
import { deskArticle, deskClaimable, deskEvents } from "@/lib/contracts/api/desk";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";

export const metadata: Metadata = { title: "Article" };

export default async function DeskArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const state = await prefetchDesk([
    serverQuery(deskArticle, { params: { id } }, () => desk.article(id)),
    serverQuery(deskEvents, {}, () => desk.events()),
    serverQuery(deskClaimable, { params: { id } }, () => desk.claimable(id)),
    serverQuery(deskWorkflow, {}, () => desk.workflow()),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ArticleWorkbench id={id} />
    </HydrationBoundary>
  );
}
