"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { unreadNotifications } from "@/lib/contracts/api/notes";
import { endpointQuery } from "@/lib/query/endpoint-query";
import styles from "./notifications.module.css";

// Often enough that a mention shows up while a colleague waits on it, rarely
// enough that a desk of editors with open tabs costs one light count query
// per editor per half minute; hidden tabs do not poll.
const UNREAD_POLL_MS = 30_000;

export type NotificationLinkProps = { current: boolean };

/** The desk header's link to the notifications, with the unread count. */
export function NotificationLink({ current }: NotificationLinkProps) {
  const unread = useQuery({ ...endpointQuery(unreadNotifications), refetchInterval: UNREAD_POLL_MS, staleTime: 10_000 }).data?.unread ?? 0;
  return (
    <Link href="/desk/notifications" aria-current={current ? "page" : undefined} data-testid="notification-link">
      Notifications
      {unread > 0 && (
        <span className={styles.count} data-testid="unread-count">
          <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
          <span className="visually-hidden">, {unread} unread</span>
        </span>
      )}
    </Link>
  );
}
