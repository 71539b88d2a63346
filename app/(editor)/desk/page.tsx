import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { WorkQueue } from "@/components/editor/lists/work-queue";
import { deskMyWork } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";

export const metadata: Metadata = { title: "Work queue" };
export const dynamic = "force-dynamic";

export default async function DeskHomePage() {
  // What waits for this editor's review leads the queue, rendered with the page.
  const [queue, state] = await Promise.all([desk.queue(), prefetchDesk([serverQuery(deskMyWork, {}, () => desk.myWork())])]);
  return (
    <HydrationBoundary state={state}>
      <WorkQueue queue={queue} />
    </HydrationBoundary>
  );
}
