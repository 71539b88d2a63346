import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ClaimWorkbench } from "@/components/editor/claim/claim-workbench";
import { keys } from "@/lib/query/keys";
import { desk } from "@/server/desk";
import { prefetchDesk } from "@/server/prefetch";

export const metadata: Metadata = { title: "Claim" };

export default async function DeskClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const state = await prefetchDesk([
    { queryKey: keys.claim(id), queryFn: () => desk.claim(id) },
    { queryKey: keys.evidenceArticles(id), queryFn: () => desk.evidenceArticles(id) },
  ]);
  return (
    <HydrationBoundary state={state}>
      <ClaimWorkbench id={id} />
    </HydrationBoundary>
  );
}
