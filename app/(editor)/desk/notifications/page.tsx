import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { DigestSetting } from "@/components/editor/notifications/digest-setting";
import { NotificationList } from "@/components/editor/notifications/notification-list";
import { getNotificationSettings, listNotifications } from "@/lib/contracts/api/notes";
import { prefetchDesk, serverQuery } from "@/server/http/prefetch";
import { listMyNotifications, myNotificationSettings } from "@/server/notifications/notifications";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const state = await prefetchDesk([
    serverQuery(listNotifications, { input: { show: "unread" } }, () => listMyNotifications({ show: "unread" })),
    serverQuery(getNotificationSettings, {}, () => myNotificationSettings()),
  ]);
  return (
    <HydrationBoundary state={state}>
      <section className="stack">
        <h1>Notifications</h1>
        <p className="muted">Mentions in notes, assignments, review requests and claims past their deadline without a verdict.</p>
        <NotificationList />
        <DigestSetting />
      </section>
    </HydrationBoundary>
  );
}
