import type { Metadata } from "next";
import { FeedInbox } from "@/components/editor/sources/feed-inbox";
import { FollowFeedForm } from "@/components/editor/sources/follow-feed-form";
import { listFeeds, listInbox, outletChoices } from "@/server/feeds/inbox";

export const metadata: Metadata = { title: "Inbox" };
export const dynamic = "force-dynamic";

export default async function DeskInboxPage() {
  const [items, feeds, outlets] = await Promise.all([listInbox(), listFeeds(), outletChoices()]);
  return (
    <div>
      <h1>Inbox</h1>
      <p className="muted">
        New articles from the {feeds.length} feed{feeds.length === 1 ? "" : "s"} Hindsight follows. Import them (fetched, archived and saved like “Add by URL”)
        or dismiss them.
      </p>
      <FeedInbox items={items} />
      <FollowFeedForm outlets={outlets} />
    </div>
  );
}
