import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ArticleWorkbench } from "@/components/editor/article/article-workbench";
import { deskArticle, deskClaimable, deskEvents } from "@/lib/contracts/api/desk";
import { listArticleNotes } from "@/lib/contracts/api/notes";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";
import { listNotes } from "@/server/notes/notes";

export const metadata: Metadata = { title: "Article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export default async function DeskArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  // `?claim=` — arriving from a claim's "Find evidence": that claim is preselected.
  const { claim } = await searchParams;
  const state = await prefetchDesk([
    serverQuery(deskArticle, { params: { id } }, () => desk.article(id)),
    serverQuery(deskEvents, {}, () => desk.events()),
    serverQuery(deskClaimable, { params: { id } }, () => desk.claimable(id)),
    serverQuery(listArticleNotes, { params: { id } }, async () => ({ items: await listNotes({ articleId: id }) })),
    serverQuery(deskWorkflow, {}, () => desk.workflow()),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ArticleWorkbench id={id} chosenClaimId={typeof claim === "string" ? claim : null} />
    </HydrationBoundary>
  );
}
