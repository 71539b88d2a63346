import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ClaimWorkbench } from "@/components/editor/claim/claim-workbench";
import { deskClaim, deskEvidenceArticles } from "@/lib/contracts/api/desk";
import { listClaimNotes } from "@/lib/contracts/api/notes";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";
import { listNotes } from "@/server/notes/notes";
import { ClaimSourceRecord } from "@/components/editor/sources/claim-source-record";
import { deskClaimSource } from "@/server/archive/edits";

export const metadata: Metadata = { title: "Claim" };

export default async function DeskClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [state, source] = await Promise.all([
    prefetchDesk([
      serverQuery(deskClaim, { params: { id } }, () => desk.claim(id)),
      serverQuery(deskEvidenceArticles, { params: { id } }, () => desk.evidenceArticles(id)),
      serverQuery(listClaimNotes, { params: { id } }, async () => ({ items: await listNotes({ claimId: id }) })),
      serverQuery(deskWorkflow, {}, () => desk.workflow()),
    ]),
    // The source page's record (issue 15); a missing claim is the workbench's to report.
    deskClaimSource(id).catch(() => null),
  ]);
  return (
    <HydrationBoundary state={state}>
      <ClaimWorkbench id={id} />
      {source ? <ClaimSourceRecord source={source} /> : null}
    </HydrationBoundary>
  );
}
