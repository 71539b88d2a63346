import type { Metadata } from "next";
import { SourcesJobsView } from "@/components/editor/sources/sources-jobs-view";
import { listTracked } from "@/server/archive/tracked";
import { listFeeds } from "@/server/feeds/inbox";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function DeskSourcesPage() {
  const [feeds, tracked] = await Promise.all([listFeeds(), listTracked()]);
  return <SourcesJobsView feeds={feeds} tracked={tracked} />;
}
