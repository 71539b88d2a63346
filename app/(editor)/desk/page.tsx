import type { Metadata } from "next";
import { WorkQueue } from "@/components/editor/lists/work-queue";
import { desk } from "@/server/desk/desk";

export const metadata: Metadata = { title: "Work queue" };
export const dynamic = "force-dynamic";

export default async function DeskHomePage() {
  return <WorkQueue queue={await desk.queue()} />;
}
