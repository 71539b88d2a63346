"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { useState } from "react";
import { listNotifications, markAllNotificationsRead, markNotificationRead } from "@/lib/contracts/api/notes";
import type { NotificationRow } from "@/lib/contracts/notes";
import { call } from "@/lib/query/call";
import { endpointQuery, keyOf } from "@/lib/query/endpoint-query";
import { FormAlert } from "@/components/ui/form-alert";
import styles from "./notifications.module.css";

const WHAT: Record<NotificationRow["kind"], string> = {
  assigned: "assigned you",
  "review-requested": "asked for your review of",
  "changes-requested": "asked for changes to",
  mention: "mentioned you on",
  "past-deadline": "",
};

function Summary({ n }: { n: NotificationRow }) {
  if (n.kind === "past-deadline") return <>Past its deadline without a verdict: </>;
  return (
    <>
      <strong>{n.actor?.name ?? "Someone"}</strong> {WHAT[n.kind]} {n.subject.type === "article" ? "the article " : "the claim "}
    </>
  );
}

/** The signed-in editor's notifications: unread first view, mark read, mark all read, links to the item. */
export function NotificationList() {
  const queryClient = useQueryClient();
  const [show, setShow] = useState<"unread" | "all">("unread");
  const list = useQuery(endpointQuery(listNotifications, { input: { show } }));
  // Every notifications key: the lists and the header's count.
  const refresh = () => queryClient.invalidateQueries({ queryKey: keyOf(listNotifications).slice(0, 1) });
  const read = useMutation({ mutationFn: (id: string) => call(markNotificationRead, { params: { id } }), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: () => call(markAllNotificationsRead), onSuccess: refresh });
  const items = list.data?.items ?? [];
  const unread = list.data?.unread ?? 0;
  return (
    <div className="stack">
      <div className="spread">
        <fieldset className="row">
          <legend className="visually-hidden">Show</legend>
          <label className="choice">
            <input type="radio" name="show" checked={show === "unread"} onChange={() => setShow("unread")} /> Unread ({unread})
          </label>
          <label className="choice">
            <input type="radio" name="show" checked={show === "all"} onChange={() => setShow("all")} /> All
          </label>
        </fieldset>
        <button type="button" className="secondary" disabled={unread === 0 || readAll.isPending} onClick={() => readAll.mutate()}>
          Mark all read
        </button>
      </div>
      <FormAlert error={list.error ?? read.error ?? readAll.error} />
      {!list.isPending && items.length === 0 && <p className="muted">{show === "unread" ? "Nothing unread." : "No notifications yet."}</p>}
      <ul className={styles.list} data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`} data-testid="notification">
            <p>
              <Summary n={n} />
              <Link href={n.subject.href as Route} onClick={() => !n.readAt && read.mutate(n.id)}>
                {n.subject.title}
              </Link>
            </p>
            {n.excerpt && <p className={styles.excerpt}>“{n.excerpt}”</p>}
            <p className="small muted row">
              <time dateTime={n.createdAt}>{n.createdAt.replace("T", " ").slice(0, 16)} UTC</time>
              {n.readAt ? (
                <span>Read</span>
              ) : (
                <button type="button" className="link-button" onClick={() => read.mutate(n.id)} disabled={read.isPending}>
                  Mark read<span className="visually-hidden">: {n.subject.title}</span>
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
