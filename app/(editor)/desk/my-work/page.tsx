import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { MyWorkView } from "@/components/editor/workflow/my-work";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";

export const metadata: Metadata = { title: "My work" };
export const dynamic = "force-dynamic";

export default async function MyWorkPage() {
  const state = await prefetchDesk([serverQuery(deskMyWork, {}, () => desk.myWork())]);
  return (
    <HydrationBoundary state={state}>
      <MyWorkView />
    </HydrationBoundary>
  );
}
