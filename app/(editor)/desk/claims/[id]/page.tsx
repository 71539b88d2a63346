import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ClaimWorkbench } from "@/components/editor/claim/claim-workbench";
import { deskClaim, deskEvidenceArticles } from "@/lib/contracts/api/desk";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";

export const metadata: Metadata = { title: "Claim" };

export default async function DeskClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const state = await prefetchDesk([
    serverQuery(deskClaim, { params: { id } }, () => desk.claim(id)),
    serverQuery(deskEvidenceArticles, { params: { id } }, () => desk.evidenceArticles(id)),
    serverQuery(deskWorkflow, {}, () => desk.workflow()),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ClaimWorkbench id={id} />
    </HydrationBoundary>
  );
}
