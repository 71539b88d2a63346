import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { ClaimList } from "@/components/editor/worklists/claim-list";
import { deskClaimList } from "@/lib/contracts/api/desk-lists";
import { listInput } from "@/lib/schemas/desk-list";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";
import { listDeskClaims } from "@/server/worklists/claim-list";

export const metadata: Metadata = { title: "Claims" };
export const dynamic = "force-dynamic";

export default async function DeskClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const input = listInput("claims", await searchParams);
  // A bad URL (an unknown sort, a broken cursor) is shown by the list itself, from the browser's own check.
  const state = await prefetchDesk([serverQuery(deskClaimList, { input }, () => listDeskClaims(input))]).catch(() => undefined);
  return (
    <div>
      <h1>Claims</h1>
      <HydrationBoundary state={state}>
        <ClaimList />
      </HydrationBoundary>
    </div>
  );
}
